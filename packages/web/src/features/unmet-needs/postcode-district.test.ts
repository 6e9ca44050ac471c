import { describe, expect, it } from 'vitest';
import { postcodeDistrict } from './postcode-district.ts';

describe('postcode district', () => {
  it('is the outward code of a full postcode', () => {
    expect(postcodeDistrict('BW1 2AB')).toBe('BW1');
    expect(postcodeDistrict('LS6 2QT')).toBe('LS6');
    expect(postcodeDistrict('SW1A 1AA')).toBe('SW1A');
    expect(postcodeDistrict('M1 1AE')).toBe('M1');
  });

  it('copes with a missing space, lower case and extra spaces', () => {
    expect(postcodeDistrict('bw12ab')).toBe('BW1');
    expect(postcodeDistrict('  ec1a   1bb ')).toBe('EC1A');
  });

  it('is empty when there is no usable postcode', () => {
    expect(postcodeDistrict(null)).toBe('');
    expect(postcodeDistrict('')).toBe('');
    expect(postcodeDistrict('not a postcode')).toBe('');
  });
});
