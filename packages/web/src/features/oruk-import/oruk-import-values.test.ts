import { describe, expect, it } from 'vitest';
import { buildOrukSource, EMPTY_ORUK_IMPORT, isSameSource } from './oruk-import-values.ts';

describe('the ORUK import form', () => {
  it('checks the web address, or asks for a file', () => {
    expect(buildOrukSource({ ...EMPTY_ORUK_IMPORT, url: ' https://feed.example.org/api ' })).toEqual({
      ok: true,
      data: { kind: 'url', url: 'https://feed.example.org/api' },
    });
    expect(buildOrukSource({ ...EMPTY_ORUK_IMPORT, url: 'not a url' })).toMatchObject({ ok: false, issues: [{ path: 'url' }] });
    expect(buildOrukSource({ ...EMPTY_ORUK_IMPORT, kind: 'file' })).toMatchObject({ ok: false, issues: [{ path: 'file' }] });
  });

  it('keeps a report only while the form names the same feed', () => {
    const source = { kind: 'url' as const, url: 'https://feed.example.org/api' };
    expect(isSameSource(source, { ...EMPTY_ORUK_IMPORT, url: 'https://feed.example.org/api ' })).toBe(true);
    expect(isSameSource(source, { ...EMPTY_ORUK_IMPORT, url: 'https://other.example.org' })).toBe(false);
    expect(isSameSource(source, { ...EMPTY_ORUK_IMPORT, kind: 'file', url: 'https://feed.example.org/api' })).toBe(false);
  });
});
