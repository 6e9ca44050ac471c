import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { STREETS } from '../pathway/synthetic-text.ts';
import { roundTo } from '../support/statistics.ts';
import { AREA, CHILD_TERMS, CLUSTERS, needTerm, ORGANISATION_KINDS, PLACES, THEMES, VENUES } from './directory-vocabulary.ts';
import { cellNear, postcodeOfCell } from './synthetic-postcodes.ts';

/**
 * The ORUK 3.0 file the import bench reads: `services` full service records (as a feed's
 * `/services?full=true` carries them), each with its organisation, one or two locations with an
 * address, a weekly schedule, a phone and one or two attributes pointing at seeded need terms.
 * Deterministic (md5 of fixed labels), with ids of their own so they never collide with the
 * generated directory. Written as NDJSON, one service per line (what the import streams).
 */

function md5(label: string): string {
  return createHash('md5').update(`kith-bench-directory-import:${label}`).digest('hex');
}

function fraction(h: string, slot: number): number {
  return Number.parseInt(h.slice(slot * 7, slot * 7 + 7), 16) / 0x10000000;
}

function uuid(label: string): string {
  const h = md5(label);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function pickFrom<T>(list: readonly T[], f: number): T {
  return list[Math.floor(f * list.length)] as T;
}

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'MO,WE', 'TU,TH'];
const HOURS: [string, string][] = [
  ['09:30', '11:30'],
  ['10:00', '12:00'],
  ['13:00', '15:00'],
  ['18:00', '20:00'],
];

function location(serviceSeq: number, index: number, base: { latitude: number; longitude: number }, town: string) {
  const id = uuid(`location:${serviceSeq}:${index}`);
  const h = md5(`location-fields:${serviceSeq}:${index}`);
  const latitude = roundTo(Math.min(AREA.north, Math.max(AREA.south, base.latitude + index * (fraction(h, 0) - 0.5) * 0.04)), 6);
  const longitude = roundTo(Math.min(AREA.east, Math.max(AREA.west, base.longitude + index * (fraction(h, 1) - 0.5) * 0.06)), 6);
  return {
    id: uuid(`service-at-location:${serviceSeq}:${index}`),
    location_id: id,
    location: {
      id,
      location_type: 'physical',
      name: `${pickFrom(PLACES, fraction(h, 2))} ${pickFrom(VENUES, fraction(h, 3))}`,
      latitude,
      longitude,
      addresses: [
        {
          id: uuid(`address:${serviceSeq}:${index}`),
          location_id: id,
          address_1: `${1 + Math.floor(fraction(h, 3) * 180)} ${pickFrom(STREETS, fraction(h, 0))}`,
          city: town,
          state_province: 'England',
          postal_code: postcodeOfCell(cellNear(latitude, longitude)),
          country: 'GB',
          address_type: 'physical',
        },
      ],
    },
  };
}

/** The `seq`th (1-based) service of the file, nested as ORUK 3.0 `full` service records are. */
export function orukServiceRecord(seq: number, organisations: number) {
  const h = md5(`service:${seq}`);
  const h2 = md5(`service-more:${seq}`);
  const id = uuid(`service:${seq}`);
  const theme = THEMES[(seq - 1) % THEMES.length] as (typeof THEMES)[number];
  const organisationSeq = 1 + Math.floor(fraction(h, 0) * organisations);
  const oh = md5(`organisation:${organisationSeq}`);
  const town = pickFrom(CLUSTERS, fraction(h2, 0));
  const base = {
    latitude: town.latitude + (fraction(h2, 1) - 0.5) * 0.1,
    longitude: town.longitude + (fraction(h2, 2) - 0.5) * 0.15,
  };
  const terms = [...theme.terms.slice(0, 2)];
  const extra = pickFrom(CHILD_TERMS, fraction(h2, 3));
  if (terms.length === 1 && fraction(h, 3) < 0.5 && !terms.includes(extra)) terms.push(extra);
  const [opens, closes] = pickFrom(HOURS, fraction(h, 2));
  return {
    id,
    organization_id: uuid(`organisation:${organisationSeq}`),
    organization: {
      id: uuid(`organisation:${organisationSeq}`),
      name: `${pickFrom(PLACES, fraction(oh, 0))} ${pickFrom(ORGANISATION_KINDS, fraction(oh, 1))}`,
      description: 'A local charity helping people stay well and connected.',
      website: `https://example.org/imported-organisations/${organisationSeq}`,
    },
    name: `${pickFrom(PLACES, fraction(h, 1))} ${theme.title}`,
    description: theme.blurb,
    url: `https://example.org/imported-services/${seq}`,
    status: 'active',
    ...(fraction(h, 3) < 0.3 ? { fees: '£3 a session' } : {}),
    service_at_locations: Array.from({ length: fraction(h, 1) < 0.5 ? 1 : 2 }, (_, index) =>
      location(seq, index, base, town.town),
    ),
    schedules: [
      {
        id: uuid(`schedule:${seq}`),
        service_id: id,
        freq: 'WEEKLY',
        interval: 1,
        byday: pickFrom(BYDAY, fraction(h, 2)),
        opens_at: opens,
        closes_at: closes,
        description: 'Every week',
      },
    ],
    phones: [
      { id: uuid(`phone:${seq}`), service_id: id, number: `01632 ${String(seq % 1_000_000).padStart(6, '0')}`, type: 'voice' },
    ],
    attributes: terms.map((term, index) => ({
      id: uuid(`attribute:${seq}:${index}`),
      link_id: id,
      link_type: 'service',
      link_entity: 'service',
      taxonomy_term_id: needTerm(term),
    })),
  };
}

export type OrukServiceRecord = ReturnType<typeof orukServiceRecord>;

/** Writes the file and returns its size in bytes; honours the stream's backpressure. */
export async function writeOrukFile(path: string, services: number, organisations: number): Promise<{ bytes: number }> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  for (let seq = 1; seq <= services; seq++) {
    const line = JSON.stringify(orukServiceRecord(seq, organisations));
    await write(`${line}\n`);
  }
  out.end();
  await once(out, 'finish');
  return { bytes };
}
