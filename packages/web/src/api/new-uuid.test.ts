import { describe, expect, it } from 'vitest';
import { newUuid } from './new-uuid.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('new UUIDs', () => {
  it('uses the browser’s own generator where there is one', () => {
    expect(newUuid({ getRandomValues: (array) => array, randomUUID: () => '00000000-0000-4000-8000-000000000000' })).toBe(
      '00000000-0000-4000-8000-000000000000',
    );
  });

  it('builds a version 4 UUID from random bytes outside a secure context', () => {
    const filled = <T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint8Array) array.fill(0xff);
      return array;
    };
    expect(newUuid({ getRandomValues: filled })).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newUuid({ getRandomValues: (array) => crypto.getRandomValues(array) })).toMatch(UUID_V4);
  });
});
