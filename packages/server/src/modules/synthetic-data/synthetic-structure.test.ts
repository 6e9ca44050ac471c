import { describe, expect, it } from 'vitest';
import { PRESETS, scaledPreset } from './synthetic-presets.ts';
import { syntheticSeed } from './synthetic-random.ts';
import { apportion, caseHolders, planStructure } from './synthetic-structure.ts';

describe('synthetic organisations and staff', () => {
  it('the icb preset has 30 PCNs, 150 practices, 150 link workers and a supervisor per PCN, people and referrals shared out exactly', () => {
    const structure = planStructure(PRESETS.icb, syntheticSeed('icb', 1), null);
    expect(structure.pcns).toHaveLength(30);
    expect(structure.pcns.flatMap((pcn) => pcn.practices)).toHaveLength(150);
    expect(structure.pcns.flatMap((pcn) => pcn.linkWorkers)).toHaveLength(150);
    expect(caseHolders(structure)).toHaveLength(180);
    expect(structure.pcns.reduce((sum, pcn) => sum + pcn.people.count, 0)).toBe(300_000);
    expect(structure.pcns.reduce((sum, pcn) => sum + pcn.referrals.count, 0)).toBe(400_000);
    // Ranges follow on from each other, so every person and referral number is used once.
    expect(structure.pcns[1]?.referrals.first).toBe((structure.pcns[0]?.referrals.count ?? 0) + 1);
    expect(structure.pcns.every((pcn) => pcn.name.endsWith('(synthetic)'))).toBe(true);
    expect(new Set(structure.pcns.flatMap((pcn) => pcn.practices.map((p) => p.odsCode))).size).toBe(150);
  });

  it('posts are 0.6 to 1.0 WTE and every case holder can be given new referrals', () => {
    const structure = planStructure(PRESETS.pcn, syntheticSeed('pcn', 1), null);
    for (const holder of caseHolders(structure)) {
      expect(holder.wte).toBeGreaterThanOrEqual(0.6);
      expect(holder.wte).toBeLessThanOrEqual(1);
      expect(structure.pcns[0]?.workerSlots).toContain(holder.id);
    }
  });

  it('the same seed plans the same names and ids; another seed other names', () => {
    const one = planStructure(PRESETS.demo, syntheticSeed('demo', 1), null);
    expect(planStructure(PRESETS.demo, syntheticSeed('demo', 1), null)).toEqual(one);
    const two = planStructure(PRESETS.demo, syntheticSeed('demo', 2), null);
    expect(two.pcns[0]?.id).not.toBe(one.pcns[0]?.id);
    expect(caseHolders(two).map((u) => u.displayName)).not.toEqual(caseHolders(one).map((u) => u.displayName));
    // Codes and sign-in addresses do not depend on the seed: they say which preset it is.
    expect(two.pcns[0]?.odsCode).toBe(one.pcns[0]?.odsCode);
    expect(two.commissioner?.email).toBe('commissioner@demo.synthetic.kith.example');
  });

  it('into an existing ICB there is no new ICB and no commissioner', () => {
    const structure = planStructure(PRESETS.demo, syntheticSeed('demo', 1), { id: 'icb-id', name: 'Demo ICB' });
    expect(structure.icb).toMatchObject({ id: 'icb-id', existing: true });
    expect(structure.commissioner).toBeNull();
  });

  it('apportion splits a total in proportion, in whole numbers that add up', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [1, 3])).toEqual([25, 75]);
  });

  it('scale keeps the organisations and shrinks the volumes, never below ten people a PCN', () => {
    const small = scaledPreset(PRESETS.icb, 0.001);
    expect(small).toMatchObject({ pcns: 30, linkWorkersPerPcn: 5, people: 300, referrals: 400, services: 50 });
    expect(scaledPreset(PRESETS.icb, 0.00001).people).toBe(300);
    expect(() => scaledPreset(PRESETS.icb, 2)).toThrow(/at most 1/);
  });
});
