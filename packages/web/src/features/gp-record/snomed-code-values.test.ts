import type { SnomedCode } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import {
  buildCreateSnomedCode,
  buildUpdateSnomedCode,
  EMPTY_SNOMED_CODE,
  snomedCodeIssues,
  snomedCodeValues,
} from './snomed-code-values.ts';

const DECLINED: SnomedCode = {
  code: '871711000000103',
  term: 'Social prescribing declined (situation)',
  use: 'declined',
  verified: true,
  active: true,
  source: 'Domain reference, UK edition',
  updatedAt: '2026-12-07T10:00:00.000Z',
};

describe('adding a SNOMED CT code', () => {
  it('sends the code, term and use, unverified unless ticked, and a blank source as none', () => {
    expect(buildCreateSnomedCode({ ...snomedCodeValues(DECLINED), verified: [], source: ' ' })).toEqual({
      ok: true,
      data: {
        code: '871711000000103',
        term: 'Social prescribing declined (situation)',
        use: 'declined',
        verified: false,
        source: null,
      },
    });
  });

  it('names every field an empty form needs, in the form’s words', () => {
    const checked = buildCreateSnomedCode(EMPTY_SNOMED_CODE);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues.map((issue) => issue.path).sort()).toEqual(['code', 'term', 'use']);
    expect(checked.issues.find((issue) => issue.path === 'use')?.message).toBe('Choose what the code is used for');
  });

  it('refuses a concept id whose check digit is wrong', () => {
    const checked = buildCreateSnomedCode({ ...snomedCodeValues(DECLINED), code: '871711000000104' });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.issues.map((issue) => issue.path)).toEqual(['code']);
  });
});

describe('changing a SNOMED CT code', () => {
  it('sends every field as shown, including verified and active', () => {
    expect(buildUpdateSnomedCode({ ...snomedCodeValues(DECLINED), active: [], verified: ['verified'] })).toEqual({
      ok: true,
      data: {
        term: 'Social prescribing declined (situation)',
        use: 'declined',
        verified: true,
        active: false,
        source: 'Domain reference, UK edition',
      },
    });
  });

  it('puts a refused save beside the field it is about', () => {
    const message = 'The code 871711000000103 is already in the list: edit it instead';
    const exists = new ApiError(409, { error: 'conflict', message, allowed: [] });
    expect(snomedCodeIssues(exists, true)).toEqual([{ path: 'code', message }]);
    const secondActive = new ApiError(409, {
      error: 'conflict',
      message: '"The person declined social prescribing" already has an active code, 871711000000103: retire that one first',
      allowed: [],
    });
    expect(snomedCodeIssues(secondActive, true)[0]?.path).toBe('use');
    expect(snomedCodeIssues(secondActive, false)[0]?.path).toBe('use');
    const named = new ApiError(409, { error: 'conflict', message: 'x', issues: [{ path: 'term', message: 'Term taken' }] });
    expect(snomedCodeIssues(named, true)).toEqual([{ path: 'term', message: 'Term taken' }]);
    const invalid = new ApiError(400, {
      error: 'validation',
      message: 'Check',
      issues: [{ path: 'code', message: 'Not a code' }],
    });
    expect(snomedCodeIssues(invalid, true)).toEqual([{ path: 'code', message: 'Not a code' }]);
  });
});
