import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { bulkSql, maySkipForeignKeyChecks, type Query } from './bulk-sql.ts';
import { CREATE_KITH_SERVICES, CREATE_SERVICE_PLAN, SERVICE_PLAN_TABLE } from './directory-sql.ts';
import { generateDirectory } from './directory-writer.ts';
import { CREATE_ONWARD_PLAN, KITH_SERVICES_TABLE, ONWARD_PLAN_TABLE } from './onward-sql.ts';
import { generatePcn } from './pcn-writer.ts';
import { CREATE_PLAN, PLAN_TABLE } from './referral-plan-sql.ts';
import { writeStructure } from './structure-writer.ts';
import { countGeneratedRows, type TableCounts } from './synthetic-counts.ts';
import { loadNeedVocabulary } from './synthetic-needs.ts';
import { PRESETS, type PresetName, type SyntheticPreset, scaledPreset } from './synthetic-presets.ts';
import { syntheticSeed } from './synthetic-random.ts';
import { firstPcnOdsCode, planStructure, type SyntheticStructure } from './synthetic-structure.ts';

/**
 * `kith generate`: a deterministic, realistic synthetic data set written in bulk — organisations
 * and staff from TypeScript, everything else as `INSERT … SELECT … FROM generate_series(…)` with
 * every "random" choice an md5 digest of the seed, a label and a sequence number: the directory
 * (directory-writer.ts), then PCN by PCN in transactions of at most 10,000 referrals
 * (pcn-writer.ts), so PGlite (one thread, limited memory) keeps up, reporting progress after each.
 */
export interface GenerateOptions {
  preset: PresetName;
  seed?: number;
  /** 0 < scale ≤ 1: fewer people, referrals and services; the same organisations and staff. */
  scale?: number;
  /** Put the PCNs into this existing ICB instead of creating one (the demo data does). */
  intoIcbId?: string | null;
  /** "Now" for the data set (default: midnight UTC today); every date is relative to it. */
  asOf?: Date;
  /** Given to every generated user, so the data set can be explored by signing in as them. */
  passwordHash: string | null;
  /** ANALYZE after loading (default true): the planner needs statistics for tables this size. */
  analyze?: boolean;
  progress?: (done: number, total: number) => void;
}

export interface SignIn {
  role: string;
  email: string;
  organisation: string;
}

export interface GeneratedData {
  preset: SyntheticPreset;
  seed: number;
  scale: number;
  asOf: string;
  icbId: string;
  pcnIds: string[];
  /** One account of each kind to sign in as (all generated users share the password given). */
  signIns: SignIn[];
  counts: TableCounts;
  seconds: { directory: number; pathway: number; total: number };
}

/** The preset is already in the database: generating it again would clash with its codes and accounts. */
export class SyntheticDataExistsError extends Error {}

function midnightUtcToday(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

const HELPER_TABLES = [PLAN_TABLE, ONWARD_PLAN_TABLE, SERVICE_PLAN_TABLE, KITH_SERVICES_TABLE];

async function dropHelperTables(query: Query): Promise<void> {
  for (const table of HELPER_TABLES) await query(`DROP TABLE IF EXISTS ${table}`);
}

export async function generateSyntheticData(db: Db, options: GenerateOptions): Promise<GeneratedData> {
  const startedAt = performance.now();
  const seedNumber = options.seed ?? 1;
  const scale = options.scale ?? 1;
  const preset = scaledPreset(PRESETS[options.preset], scale);
  const seed = syntheticSeed(preset.name, seedNumber);
  const anchor = options.asOf ?? midnightUtcToday();
  const bulk = bulkSql(db, { skipForeignKeyChecks: await maySkipForeignKeyChecks(db) });
  await assertNotGenerated(bulk.query, preset);
  const intoIcb = options.intoIcbId ? await findIcb(bulk.query, options.intoIcbId) : null;
  const structure = planStructure(preset, seed, intoIcb);
  const needs = await loadNeedVocabulary(bulk.query);
  const total = preset.services + preset.people + preset.referrals;
  let done = 0;
  const advance = (rows: number) => {
    done += rows;
    options.progress?.(done, total);
  };
  options.progress?.(0, total);

  await db.transaction((tx) => writeStructure(tx, { structure, seed, anchor, passwordHash: options.passwordHash }));
  await dropHelperTables(bulk.query);
  let directorySeconds = 0;
  try {
    for (const create of [CREATE_PLAN, CREATE_ONWARD_PLAN, CREATE_SERVICE_PLAN, CREATE_KITH_SERVICES]) await bulk.query(create);
    const context = { bulk, seed, needs, anchor: anchor.toISOString(), advance };
    const kithServicesPerGroup = await generateDirectory(context, preset, structure);
    directorySeconds = (performance.now() - startedAt) / 1000;
    for (const pcn of structure.pcns) {
      await generatePcn(context, pcn, preset.nhsNumberBlock, kithServicesPerGroup);
    }
  } finally {
    await dropHelperTables(bulk.query);
  }
  const pathwaySeconds = (performance.now() - startedAt) / 1000 - directorySeconds;

  const pcnIds = structure.pcns.map((pcn) => pcn.id);
  await recordAudit(
    db,
    { actor: null, requestId: `generate-${preset.name}-${Date.now()}` },
    {
      action: 'create',
      recordType: 'synthetic_data',
      recordId: structure.icb.id,
      detail: { preset: preset.name, seed: seedNumber, scale },
    },
  );
  if (options.analyze ?? true) await db.execute(sql.raw('ANALYZE'));
  const counts = await countGeneratedRows(bulk.query, {
    pcnIds,
    organisationIds: [
      ...(structure.icb.existing ? [] : [structure.icb.id]),
      ...structure.pcns.flatMap((pcn) => [pcn.id, ...pcn.practices.map((p) => p.id)]),
      ...structure.vcse.map((v) => v.id),
    ],
    emailDomain: structure.emailDomain,
    preset: preset.name,
  });
  return {
    preset,
    seed: seedNumber,
    scale,
    asOf: anchor.toISOString(),
    icbId: structure.icb.id,
    pcnIds,
    signIns: signInsOf(structure),
    counts,
    seconds: {
      directory: round1(directorySeconds),
      pathway: round1(pathwaySeconds),
      total: round1((performance.now() - startedAt) / 1000),
    },
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

async function assertNotGenerated(query: Query, preset: SyntheticPreset): Promise<void> {
  const code = firstPcnOdsCode(preset);
  const [found] = await query<{ name: string }>('SELECT name FROM organisations WHERE ods_code = $1::text', [code]);
  if (found) {
    throw new SyntheticDataExistsError(
      `The "${preset.name}" synthetic data set is already in this database (${found.name}, ODS code ${code}). ` +
        'Generate it into an empty database instead: a new KITH_DATA_DIR folder or a new DATABASE_URL database.',
    );
  }
}

async function findIcb(query: Query, id: string): Promise<{ id: string; name: string }> {
  const [icb] = await query<{ id: string; name: string }>(
    "SELECT id, name FROM organisations WHERE id = $1::uuid AND kind = 'icb'",
    [id],
  );
  if (!icb) throw new Error(`No ICB with id ${id} to generate into`);
  return icb;
}

function signInsOf(structure: SyntheticStructure): SignIn[] {
  const pcn = structure.pcns[0];
  if (!pcn) return [];
  const signIns: SignIn[] = [];
  if (structure.commissioner) {
    signIns.push({ role: 'commissioner', email: structure.commissioner.email, organisation: structure.icb.name });
  }
  signIns.push({ role: 'pcn_manager', email: pcn.manager.email, organisation: pcn.name });
  const supervisor = pcn.supervisors[0];
  if (supervisor) signIns.push({ role: 'supervisor', email: supervisor.email, organisation: pcn.name });
  const worker = pcn.linkWorkers[0];
  if (worker) signIns.push({ role: 'link_worker', email: worker.email, organisation: pcn.name });
  return signIns;
}
