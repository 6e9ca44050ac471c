import { describe, expect, it } from 'vitest';
import { text } from '../schemas/common.ts';
import { findIllFormedText, isWellFormedText, WellFormedString } from './well-formed-text.ts';

describe('well-formed text', () => {
  it('accepts ordinary text, emoji pairs and other scripts', () => {
    for (const value of ['', 'Ada Lovelace', 'café', '😀 smile', 'ਪੰਜਾਬੀ', 'line\nbreak\ttab']) {
      expect(isWellFormedText(value), value).toBe(true);
    }
  });

  it('refuses NUL and unpaired surrogates anywhere in the string', () => {
    for (const value of ['\u0000', 'a\u0000b', '\ud800', 'x\ud800', '\udc00y', '\udc00\ud800', '😀\ud83d']) {
      expect(isWellFormedText(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('is the rule of the shared string schemas, naming the problem', () => {
    expect(WellFormedString.safeParse('fine').success).toBe(true);
    const result = text(100, 'a name').safeParse('Ada\u0000');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/NUL/);
    expect(text(100, 'a name').safeParse('\ud800x').success).toBe(false);
    expect(text(100, 'a name').parse('  Ada  ')).toBe('Ada');
  });

  it('finds the dotted path of the first bad string in nested input', () => {
    expect(findIllFormedText({ a: 'ok', b: [1, 'ok', { c: 'bad\u0000' }] })).toBe('b.2.c');
    expect(findIllFormedText({ 'k\ud800': 1 })).toBe('k\ud800');
    expect(findIllFormedText('\u0000', 'search')).toBe('search');
    expect(findIllFormedText({ a: ['fine', null, 3, true] })).toBeNull();
  });
});
