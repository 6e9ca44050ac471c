import { passesVerhoeff } from '@kith/shared';

/**
 * A random, well-formed SNOMED CT concept id in the UK extension's partition ("10"), with a
 * correct Verhoeff check digit, so tests never collide with each other or with the seeded codes.
 */
export function randomConceptId(): string {
  const body = `${1 + Math.floor(Math.random() * 9)}${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}10`;
  for (let digit = 0; digit <= 9; digit++) {
    if (passesVerhoeff(`${body}${digit}`)) return `${body}${digit}`;
  }
  throw new Error('no Verhoeff check digit fits');
}

/** The same id with a wrong check digit (a typing mistake in the last digit). */
export function withWrongCheckDigit(code: string): string {
  return `${code.slice(0, -1)}${(Number(code.slice(-1)) + 1) % 10}`;
}
