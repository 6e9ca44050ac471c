import { describe, expect, it } from 'vitest';
import { WebAddress } from '../schemas/web-address.ts';
import { httpUrlOrUndefined, isHttpUrl, isIdentifierUri } from './web-address.ts';

describe('web addresses', () => {
  it('accepts http and https with a host', () => {
    expect(isHttpUrl('https://example.org/a?b=c')).toBe(true);
    expect(isHttpUrl('http://example.org')).toBe(true);
    expect(isHttpUrl('HTTPS://EXAMPLE.ORG')).toBe(true);
  });

  it('refuses addresses a browser would run or open locally', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'https:example.org',
      'example.org',
      '//example.org',
      'https://',
    ]) {
      expect(isHttpUrl(bad), bad).toBe(false);
      expect(httpUrlOrUndefined(bad), bad).toBeUndefined();
    }
    expect(httpUrlOrUndefined(null)).toBeUndefined();
  });

  it('the schema trims and names the rule', () => {
    expect(WebAddress.parse('  https://example.org ')).toBe('https://example.org');
    const result = WebAddress.safeParse('javascript:alert(1)');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/https:\/\//);
  });

  it('identifiers (ORUK uri) may also be URNs, never a runnable scheme', () => {
    expect(isIdentifierUri('urn:kith:synthetic:icb:provider:1')).toBe(true);
    expect(isIdentifierUri('https://example.org/taxonomy/1')).toBe(true);
    expect(isIdentifierUri('javascript:alert(1)')).toBe(false);
    expect(isIdentifierUri('urn:')).toBe(false);
  });
});
