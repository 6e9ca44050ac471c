import { parseArgs } from 'node:util';
import { type CliCommand, UsageError, withDatabase } from '../../cli/cli-support.ts';
import { rowProgress } from '../../cli/progress-reporter.ts';
import { loadConfig } from '../../config.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { DEMO_PASSWORD } from '../demo-data/demo-data.ts';
import { hashPassword } from '../session/password-hasher.ts';
import { type GeneratedData, generateSyntheticData, SyntheticDataExistsError } from './synthetic-generator.ts';
import { PRESET_NAMES, PRESETS, type PresetName } from './synthetic-presets.ts';

const USAGE = 'generate --preset icb|pcn|demo [--seed N] [--scale 0.1]';

export interface GenerateArguments {
  preset: PresetName;
  seed: number;
  scale: number;
}

/** Reads the command's arguments, naming what is wrong. */
export function parseGenerateArguments(args: string[]): GenerateArguments {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\nUsage: npm run kith -- ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}". Usage: npm run kith -- ${USAGE}`);
  const preset = values.preset;
  if (!preset) throw new UsageError(`generate needs --preset ${PRESET_NAMES.join(', ')}. Usage: npm run kith -- ${USAGE}`);
  if (!(PRESET_NAMES as readonly string[]).includes(preset)) {
    throw new UsageError(`--preset must be one of ${PRESET_NAMES.join(', ')} (got "${preset}")`);
  }
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 2_147_483_647 || values.seed?.trim() === '') {
    throw new UsageError(`--seed must be a whole number from 0 to 2147483647 (got "${values.seed}")`);
  }
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  if (!(scale > 0 && scale <= 1) || values.scale?.trim() === '') {
    throw new UsageError(`--scale must be a number above 0 and at most 1, like 0.1 (got "${values.scale}")`);
  }
  return { preset: preset as PresetName, seed, scale };
}

function parseOptions(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { preset: { type: 'string' }, seed: { type: 'string' }, scale: { type: 'string' } },
  });
}

function presetSummary(): string {
  return PRESET_NAMES.map((name) => {
    const p = PRESETS[name];
    return `${name}: ${p.pcns} PCN${p.pcns === 1 ? '' : 's'}, ${p.people.toLocaleString('en-GB')} people, ${p.referrals.toLocaleString('en-GB')} referrals, ${p.services.toLocaleString('en-GB')} services`;
  }).join('; ');
}

/**
 * `npm run kith -- generate --preset icb|pcn|demo`: a synthetic data set for trying Kith out and
 * measuring it at scale. Never in production; refused when the preset is already in the database.
 */
export const generateCommand: CliCommand = {
  usage: USAGE,
  summary: `Write a deterministic synthetic data set (${presetSummary()}). Same preset and seed, same data. Not in production.`,
  run: async (args) => {
    const options = parseGenerateArguments(args);
    if (loadConfig().env === 'production') {
      process.stderr.write(
        'Synthetic data is for trying Kith out and measuring it: generate does not run when NODE_ENV=production.\n',
      );
      process.exitCode = 1;
      return;
    }
    await withDatabase(async (database) => {
      await migrateDatabase(database);
      try {
        const generated = await generateSyntheticData(database.db, {
          ...options,
          passwordHash: await hashPassword(DEMO_PASSWORD),
          progress: rowProgress(),
        });
        process.stderr.write(`${summaryLines(generated).join('\n')}\n`);
      } catch (error) {
        if (!(error instanceof SyntheticDataExistsError)) throw error;
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 1;
      }
    });
  },
};

/** What was made, table by table, how long it took, and who to sign in as. */
export function summaryLines(generated: GeneratedData): string[] {
  const width = Math.max(...Object.keys(generated.counts).map((table) => table.length));
  const { seconds } = generated;
  return [
    `Generated the "${generated.preset.name}" synthetic data set (seed ${generated.seed}${generated.scale === 1 ? '' : `, scale ${generated.scale}`}, ` +
      `as of ${generated.asOf.slice(0, 10)}) in ${seconds.total} s (directory ${seconds.directory} s, people and referrals ${seconds.pathway} s).`,
    ...Object.entries(generated.counts).map(
      ([table, rows]) => `  ${table.padEnd(width)}  ${rows.toLocaleString('en-GB').padStart(10)}`,
    ),
    `Sign in as any generated user with the demo password (${DEMO_PASSWORD}), for example:`,
    ...generated.signIns.map((s) => `  ${s.role.padEnd(13)} ${s.email}  (${s.organisation})`),
  ];
}
