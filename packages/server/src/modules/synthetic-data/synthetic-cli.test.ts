import { describe, expect, it } from 'vitest';
import { UsageError } from '../../cli/cli-support.ts';
import { parseGenerateArguments } from './synthetic-cli.ts';

describe('kith generate arguments', () => {
  it('reads the preset, seed and scale, with seed 1 and full scale by default', () => {
    expect(parseGenerateArguments(['--preset', 'icb'])).toEqual({ preset: 'icb', seed: 1, scale: 1 });
    expect(parseGenerateArguments(['--preset=pcn', '--seed', '42', '--scale', '0.25'])).toEqual({
      preset: 'pcn',
      seed: 42,
      scale: 0.25,
    });
  });

  it.each([
    [[], /needs --preset icb, pcn, demo/],
    [['--preset', 'county'], /--preset must be one of icb, pcn, demo \(got "county"\)/],
    [['--preset', 'demo', '--seed=-1'], /--seed must be a whole number/],
    [['--preset', 'demo', '--seed', '1.5'], /--seed must be a whole number/],
    [['--preset', 'demo', '--scale', '0'], /--scale must be a number above 0 and at most 1/],
    [['--preset', 'demo', '--scale', 'big'], /--scale must be a number above 0/],
    [['--preset', 'demo', 'extra'], /Unexpected argument "extra"/],
    [['--preset', 'demo', '--people', '5'], /Unknown option '--people'/],
  ])('refuses %j, naming what is wrong', (args, message) => {
    expect(() => parseGenerateArguments(args)).toThrow(UsageError);
    expect(() => parseGenerateArguments(args)).toThrow(message);
  });
});
