import { describe, expect, it } from 'vitest';
import { splitLinks } from './outbox-text.ts';

describe('links in outbox emails', () => {
  it('finds http and https addresses, leaving sentence punctuation outside the link', () => {
    expect(splitLinks('Open https://kith.example/community/verify?token=ab_c-1.\nThanks (http://x.org/a).')).toEqual([
      { kind: 'text', text: 'Open ' },
      { kind: 'link', href: 'https://kith.example/community/verify?token=ab_c-1' },
      { kind: 'text', text: '.\nThanks (' },
      { kind: 'link', href: 'http://x.org/a' },
      { kind: 'text', text: ').' },
    ]);
  });

  it('never links other schemes, and keeps plain text whole', () => {
    expect(splitLinks('javascript:alert(1) and mailto:a@b.org')).toEqual([
      { kind: 'text', text: 'javascript:alert(1) and mailto:a@b.org' },
    ]);
    expect(splitLinks('')).toEqual([]);
  });
});
