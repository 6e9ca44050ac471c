import { describe, expect, it } from 'vitest';
import { passesVerhoeff, snomedConceptIdProblem } from './snomed.ts';

describe('SNOMED CT concept ids', () => {
  it('accepts the two verified social prescribing codes and a core concept', () => {
    expect(snomedConceptIdProblem('871731000000106')).toBeNull();
    expect(snomedConceptIdProblem('871711000000103')).toBeNull();
    expect(snomedConceptIdProblem('22298006')).toBeNull();
  });

  it('refuses a wrong check digit, a non-concept partition and bad shapes', () => {
    expect(snomedConceptIdProblem('871731000000107')).toMatch(/check digit/);
    expect(snomedConceptIdProblem('871731000000116')).toMatch(/not a concept id/);
    expect(snomedConceptIdProblem('0123456')).toMatch(/6 to 18 digits/);
    expect(snomedConceptIdProblem('12345')).toMatch(/6 to 18 digits/);
    expect(snomedConceptIdProblem('87173100000010x')).toMatch(/6 to 18 digits/);
  });

  it('runs the Verhoeff check over every digit', () => {
    expect(passesVerhoeff('2363')).toBe(true);
    expect(passesVerhoeff('2364')).toBe(false);
  });
});
