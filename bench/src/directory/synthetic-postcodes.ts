import { POSTCODE_LETTERS } from '../pathway/synthetic-text.ts';
import { AREA } from './directory-vocabulary.ts';

/**
 * A grid of synthetic postcode centroids over the whole area, ~2 km apart, so searches centre on
 * real `postcodes` rows and every generated address has a postcode. The outward code is in the
 * invented area "ZB" (no real postcode area), so they are format-valid but obviously synthetic.
 * Grid cell n (row-major from the south-west corner) ↔ one postcode, in SQL and in TypeScript alike.
 */

export const GRID = {
  latitudeStep: 0.02,
  longitudeStep: 0.03,
  rows: Math.floor((AREA.north - AREA.south) / 0.02) + 1,
  columns: Math.floor((AREA.east - AREA.west) / 0.03) + 1,
} as const;

export const GRID_SIZE = GRID.rows * GRID.columns;

/** Units per sector (two letters of 20) and sectors per district. */
const UNITS = POSTCODE_LETTERS.length * POSTCODE_LETTERS.length;
const SECTORS = 10;

export function postcodeOfCell(n: number): string {
  const district = 1 + Math.floor(n / (UNITS * SECTORS));
  const sector = Math.floor(n / UNITS) % SECTORS;
  const unit = n % UNITS;
  const letter = (index: number) => POSTCODE_LETTERS[index] as string;
  return `ZB${district} ${sector}${letter(Math.floor(unit / POSTCODE_LETTERS.length))}${letter(unit % POSTCODE_LETTERS.length)}`;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** The grid cell nearest a point. */
export function cellNear(latitude: number, longitude: number): number {
  const row = clamp(Math.round((latitude - AREA.south) / GRID.latitudeStep), 0, GRID.rows - 1);
  const column = clamp(Math.round((longitude - AREA.west) / GRID.longitudeStep), 0, GRID.columns - 1);
  return row * GRID.columns + column;
}

/** SQL: the postcode of grid cell `n` (an int expression); `$letters` is a text parameter holding POSTCODE_LETTERS. */
export function postcodeOfCellSql(n: string, letters: string): string {
  const size = POSTCODE_LETTERS.length;
  return (
    `('ZB' || (1 + (${n}) / ${UNITS * SECTORS})::text || ' ' || (((${n}) / ${UNITS}) % ${SECTORS})::text` +
    ` || substr(${letters}, 1 + ((${n}) % ${UNITS}) / ${size}, 1) || substr(${letters}, 1 + (${n}) % ${size}, 1))`
  );
}

/** SQL: the grid cell nearest a point (float8 expressions). */
export function cellNearSql(latitude: string, longitude: string): string {
  const row = `LEAST(${GRID.rows - 1}, GREATEST(0, round(((${latitude}) - ${AREA.south}) / ${GRID.latitudeStep})::int))`;
  const column = `LEAST(${GRID.columns - 1}, GREATEST(0, round(((${longitude}) - (${AREA.west})) / ${GRID.longitudeStep})::int))`;
  return `(${row} * ${GRID.columns} + ${column})`;
}

/** Inserts the whole grid: $1 is POSTCODE_LETTERS. */
export const INSERT_POSTCODE_GRID = `
  INSERT INTO postcodes (postcode, latitude, longitude)
  SELECT ${postcodeOfCellSql('n', '$1::text')},
         ${AREA.south} + (n / ${GRID.columns}) * ${GRID.latitudeStep},
         ${AREA.west} + (n % ${GRID.columns}) * ${GRID.longitudeStep}
  FROM generate_series(0, ${GRID_SIZE - 1}) AS n
  ON CONFLICT (postcode) DO NOTHING`;

export { POSTCODE_LETTERS };
