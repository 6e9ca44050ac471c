import { describe, expect, it } from 'vitest';
import { contentTypeFor } from './streamed-oruk-import.ts';

describe('contentTypeFor', () => {
  it('sends NDJSON files as NDJSON and everything else as JSON', () => {
    expect(contentTypeFor('services.ndjson')).toBe('application/x-ndjson');
    expect(contentTypeFor('SERVICES.JSONL')).toBe('application/x-ndjson');
    expect(contentTypeFor('services.json')).toBe('application/json');
    expect(contentTypeFor('feed')).toBe('application/json');
  });
});
