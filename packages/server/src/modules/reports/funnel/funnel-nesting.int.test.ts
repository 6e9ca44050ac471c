import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../../test/test-database.ts';
import { migrateDatabase } from '../../../db/migrate.ts';
import { generateSyntheticData } from '../../synthetic-data/synthetic-generator.ts';
import type { ReportScope } from '../report-types.ts';
import { funnelReport } from './funnel-report.ts';

/**
 * The funnel's stages nest (docs/reports.md): on the synthetic data set, whose paths include
 * "one conversation, then discharge" (discharged without ever engaging), no stage may count more
 * than the stage above it, overall or in any breakdown.
 */
const AS_OF = new Date('2026-03-02T00:00:00Z');
const STAGE_KEYS = ['referred', 'contacted', 'engaged', 'discharged'] as const;

describe('referral funnel on the synthetic data', () => {
  it('never counts more at a stage than at the stage above it', async () => {
    await withFreshDatabase(async (database) => {
      await migrateDatabase(database);
      const generated = await generateSyntheticData(database.db, {
        preset: 'pcn',
        scale: 0.05,
        seed: 11,
        asOf: AS_OF,
        passwordHash: null,
      });
      const scope: ReportScope = {
        pcnIds: generated.pcnIds,
        practiceId: null,
        workerId: null,
        from: '2023-03-02',
        to: '2026-03-01',
        fromTs: new Date('2023-03-02T00:00:00Z'),
        toExclusive: AS_OF,
        now: AS_OF,
        aggregateOnly: false,
      };
      const report = await funnelReport(database.db, scope, {});

      const stages = report.tables.find((t) => t.id === 'stages')?.rows.map((row) => row.referrals as number) ?? [];
      expect(stages).toHaveLength(4);
      expect(stages[0]).toBeGreaterThan(100);
      for (let i = 1; i < stages.length; i++)
        expect(stages[i], `stage ${i + 1} of ${stages}`).toBeLessThanOrEqual(stages[i - 1] ?? 0);

      // The data really has people discharged without engaging, so the check above can fail.
      const endings = report.tables.find((t) => t.id === 'endings')?.rows ?? [];
      const unengaged = endings.find((row) => row.ending === 'Discharged after contact, without engaging');
      expect(unengaged?.referrals).toBeGreaterThan(0);
      // Each referral ends once: the endings add up to everyone referred.
      expect(endings.reduce((sum, row) => sum + (row.referrals as number), 0)).toBe(stages[0]);

      for (const table of report.tables.filter((t) => t.id.startsWith('by-'))) {
        for (const row of table.rows) {
          const counts = STAGE_KEYS.map((key) => row[key] as number);
          for (let i = 1; i < counts.length; i++) {
            expect(counts[i], `${table.id} "${row.group}": ${counts}`).toBeLessThanOrEqual(counts[i - 1] ?? 0);
          }
        }
      }
    });
  }, 120_000);
});
