import { describe, expect, it } from 'vitest';
import { sharedRows } from './shared-details.ts';

describe('the shared snapshot', () => {
  it('lists only the shared fields, labelled, in the form order', () => {
    expect(sharedRows({ phone: '07700 900123', name: 'Ada Lovelace' })).toEqual([
      { key: 'Name', value: 'Ada Lovelace' },
      { key: 'Phone number', value: '07700 900123' },
    ]);
  });

  it('says "Not known" for a shared field the record had no value for', () => {
    expect(sharedRows({ email: '' })).toEqual([{ key: 'Email address', value: 'Not known' }]);
  });
});
