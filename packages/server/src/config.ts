import path from 'node:path';
import { z } from 'zod';
import type { ThrottlePolicy } from './modules/session/sign-in-throttle.ts';

/**
 * Everything Kith reads from the environment, validated once at start-up so a typo fails
 * loudly with the variable's name instead of misbehaving later.
 */
/** A variable Kith no longer reads: setting it is an error that names what replaced it. */
function retiredSetting(instead: string) {
  return z
    .never({ message: `no longer used: the sign-in lock-out was replaced by throttling (ADR 0002); use ${instead}` })
    .optional();
}

const UUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
/** A Notify API key: the key's name, then the service id (the JWT issuer), then the signing secret. */
const NOTIFY_API_KEY = new RegExp(`^.+-${UUID_PATTERN}-${UUID_PATTERN}$`);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** `postgres://…` switches from the embedded database to a PostgreSQL server. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: 'must start with postgres:// or postgresql://' })
    .optional(),
  KITH_DATA_DIR: z.string().default('./data'),
  /** Load demo data into an empty database. Never in production. */
  KITH_DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
  KITH_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  KITH_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  KITH_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  /** The old lock-out settings: refused by name, so a deployment that still sets them hears what replaced them. */
  KITH_SIGN_IN_MAX_FAILURES: retiredSetting('KITH_SIGN_IN_FREE_FAILURES and KITH_SIGN_IN_ACCOUNT_FAILURES'),
  KITH_SIGN_IN_LOCK_MINUTES: retiredSetting('KITH_SIGN_IN_MAX_DELAY_MINUTES'),
  /** Sign-in throttling (ADR 0002): failures in a row from one client before it must wait (5 s, doubling). */
  KITH_SIGN_IN_FREE_FAILURES: z.coerce.number().int().min(1).max(20).default(3),
  /** The longest one client waits between sign-in attempts for one email address. */
  KITH_SIGN_IN_MAX_DELAY_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /** Failures for one address from every client within the window that slow all failing clients. */
  KITH_SIGN_IN_ACCOUNT_FAILURES: z.coerce.number().int().min(1).default(10),
  KITH_SIGN_IN_ACCOUNT_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /** Then, the least a client with failures of its own waits; a client without any is never held up. */
  KITH_SIGN_IN_ACCOUNT_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** Requests per minute per client IP on the API as a whole. */
  KITH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  KITH_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  /** Set when Kith runs behind a TLS-terminating proxy so client IPs and `Secure` cookies are right. */
  KITH_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** Failed contact attempts after which an allocated referral becomes not-reached. */
  KITH_NOT_REACHED_AFTER_ATTEMPTS: z.coerce.number().int().min(1).default(3),
  /** Active cases per full-time link worker (published guidance: about 40), complexity-weighted. */
  KITH_ACTIVE_CASE_CAPACITY: z.coerce.number().int().min(1).default(40),
  /** A directory service not verified for this many months is flagged stale and ranked down. */
  KITH_DIRECTORY_STALE_MONTHS: z.coerce.number().int().min(1).max(120).default(6),
  /**
   * Map tiles behind the directory's map, as a Leaflet URL template over https, e.g.
   * `https://tiles.example.org/{z}/{x}/{y}.png`. Unset: the map shows its markers on a plain
   * background (no third party sees what anyone searched for).
   */
  KITH_MAP_TILE_URL: z
    .string()
    .regex(/^https:\/\/[^/\s]+\/\S*\{z\}\S*\{x\}\S*\{y\}/, {
      message: 'must be an https URL template containing {z}, {x} and {y}',
    })
    .optional(),
  /** The tile provider's required credit, shown on the map (plain text). */
  KITH_MAP_ATTRIBUTION: z.string().max(300).optional(),
  /** Business days a provider has to acknowledge an onward referral before a reminder is raised. */
  KITH_ONWARD_ACK_BUSINESS_DAYS: z.coerce.number().int().min(1).max(60).default(5),
  /** How often the job worker looks for due jobs, in seconds. */
  KITH_JOB_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** Supervision is due this many weeks after the last session, and overdue after the second figure. */
  KITH_SUPERVISION_DUE_WEEKS: z.coerce.number().int().min(1).max(52).default(4),
  KITH_SUPERVISION_OVERDUE_WEEKS: z.coerce.number().int().min(1).max(52).default(6),
  /** `smtp://user:pass@host:587` or `smtps://…`: send email. Unset, email waits in the outbox for an admin. */
  KITH_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { message: 'must start with smtp:// or smtps://' })
    .optional(),
  /** The From address of Kith's email. */
  KITH_SMTP_FROM: z.string().min(3).default('Kith <no-reply@kith.invalid>'),
  /**
   * The address people open Kith at, used for links in email (e.g. https://kith.example.nhs.uk).
   * Unset: where Kith listens, `http://HOST:PORT` (localhost when HOST is every interface).
   */
  KITH_PUBLIC_URL: z.url().optional(),
  /** Where the built web app lives; empty to serve the API only. */
  KITH_WEB_DIST: z.string().optional(),
  /** How long an emailed "forgot password" link works, in minutes. */
  KITH_PASSWORD_RESET_MINUTES: z.coerce.number().int().min(5).max(1440).default(30),
  /**
   * GOV.UK Notify (messages to people, docs/person-messages.md): the API key as Notify shows it,
   * `{name}-{service id}-{secret}`. Unset, messages wait as queued until a key is set.
   */
  KITH_NOTIFY_API_KEY: z
    .string()
    .regex(NOTIFY_API_KEY, { message: 'must be a GOV.UK Notify API key: {key name}-{service id}-{secret}' })
    .optional(),
  /** Notify's API address; change it only for a test or another Notify environment. */
  KITH_NOTIFY_URL: z.url().default('https://api.notifications.service.gov.uk'),
  /** The Notify template ids Kith sends through: a text message template `((body))`, an email template `((subject))` / `((body))`. */
  KITH_NOTIFY_SMS_TEMPLATE_ID: z.uuid({ message: 'must be the Notify template id (a UUID)' }).optional(),
  KITH_NOTIFY_EMAIL_TEMPLATE_ID: z.uuid({ message: 'must be the Notify template id (a UUID)' }).optional(),
  /**
   * MESH (the message back into GP records, docs/gp-record.md): the MESH API's address, e.g.
   * NHS England's integration or live environment. Unset, documents wait as queued.
   */
  KITH_MESH_URL: z.url().optional(),
  /** Kith's own MESH mailbox id and its password, from MESH onboarding. */
  KITH_MESH_MAILBOX_ID: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{4,20}$/, { message: 'must be a MESH mailbox id' })
    .optional(),
  KITH_MESH_PASSWORD: z.string().min(1).optional(),
  /** The environment's shared secret that signs the NHSMESH authorisation header. */
  KITH_MESH_SHARED_KEY: z.string().min(1).optional(),
  /** Paths to the client certificate and key (PEM) for mutual TLS, and the CA bundle that signs the MESH server. */
  KITH_MESH_CLIENT_CERT: z.string().optional(),
  KITH_MESH_CLIENT_KEY: z.string().optional(),
  KITH_MESH_CA_CERT: z.string().optional(),
  /** The MESH workflow the documents are sent under (GP Connect Send Document's, unless onboarding says otherwise). */
  KITH_MESH_WORKFLOW_ID: z
    .string()
    .trim()
    .regex(/^[A-Z0-9_]{1,64}$/, { message: 'must be a MESH workflow id' })
    .default('GPFED_CONSULT_REPORT'),
  /** How often Kith asks MESH whether sent documents were acknowledged, and reads its own inbox. */
  KITH_MESH_POLL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  /** Largest MESH chunk Kith sends, in bytes (MESH's limit is 100 MB; smaller chunks for slow links). */
  KITH_MESH_CHUNK_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(20 * 1024 * 1024),
  /**
   * Prometheus metrics (docs/operations.md#metrics). Set a token to serve `/metrics` on Kith's own
   * port to scrapers that send `Authorization: Bearer <token>` (e.g. `openssl rand -hex 32`).
   * Unset with no KITH_METRICS_PORT either: no metrics at all (`/metrics` is 404).
   */
  KITH_METRICS_TOKEN: z
    .string()
    .regex(/^[A-Za-z0-9\-._~+/]{24,}=*$/, { message: 'must be at least 24 token characters (e.g. openssl rand -hex 32)' })
    .optional(),
  /** A second port serving only `/metrics`, without a token, bound to 127.0.0.1 (for a scraper on the same host). */
  KITH_METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
});

export type DatabaseConfig = { kind: 'pglite'; dataDir: string | null } | { kind: 'postgres'; url: string };

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: DatabaseConfig;
  demoData: boolean;
  logLevel: string;
  session: { idleMinutes: number; absoluteHours: number };
  signIn: ThrottlePolicy;
  rateLimitPerMinute: number;
  bodyLimitBytes: number;
  trustProxy: boolean;
  webDist: string | null;
  pathway: PathwayPolicy;
  directory: DirectoryPolicy;
  jobs: { pollSeconds: number };
  supervision: { dueAfterWeeks: number; overdueAfterWeeks: number };
  email: EmailConfig;
  /** Minutes a password reset link works for. */
  passwordResetMinutes: number;
  notify: NotifyConfig;
  mesh: MeshConfig;
  metrics: MetricsConfig;
}

/** Prometheus metrics: both null means metrics are off. */
export interface MetricsConfig {
  /** The bearer token `/metrics` on the main port asks for, or null: no `/metrics` on the main port. */
  token: string | null;
  /** A loopback-only port that serves `/metrics` without a token, or null. */
  port: number | null;
}

/** GOV.UK Notify, for SMS and email to people (modules/person-messages). */
export interface NotifyConfig {
  /** Null: no key, so messages to people wait as queued (`GET /api/person-messages`). */
  apiKey: string | null;
  baseUrl: string;
  smsTemplateId: string | null;
  emailTemplateId: string | null;
}

/** MESH, for the message back into GP records (modules/gp-record, interop/mesh). */
export interface MeshConfig {
  /** Null: no MESH, so documents wait as queued with the reason shown. */
  url: string | null;
  mailboxId: string | null;
  password: string | null;
  sharedKey: string | null;
  /** Absolute paths, or null when the connection needs no client certificate (a local test server). */
  clientCertPath: string | null;
  clientKeyPath: string | null;
  caCertPath: string | null;
  workflowId: string;
  pollSeconds: number;
  chunkBytes: number;
}

export interface EmailConfig {
  /** Null: no SMTP, so email stays in the outbox (`GET /api/admin/outbox`). */
  smtpUrl: string | null;
  from: string;
  /** Base of links in email, without a trailing slash. */
  publicUrl: string;
}

export interface DirectoryPolicy {
  staleAfterMonths: number;
  acknowledgeWithinBusinessDays: number;
  /** Map tiles for the directory map, or null for markers without tiles. */
  mapTiles: MapTiles | null;
}

export interface MapTiles {
  urlTemplate: string;
  attribution: string;
}

/** The origin a tile template loads images from, for the Content Security Policy (`{s}` → `*`). */
export function tileImageSource(tiles: MapTiles): string {
  const origin = tiles.urlTemplate.slice(0, tiles.urlTemplate.indexOf('/', 'https://'.length));
  return origin.replace('{s}', '*');
}

export interface PathwayPolicy {
  notReachedAfterAttempts: number;
  activeCaseCapacity: number;
}

export class ConfigError extends Error {}

/** Reads and validates the environment. Throws a {@link ConfigError} naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Kith's configuration is not valid:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.KITH_NOTIFY_API_KEY) {
    const missing = ['KITH_NOTIFY_SMS_TEMPLATE_ID', 'KITH_NOTIFY_EMAIL_TEMPLATE_ID'].filter((name) => !e[name as keyof typeof e]);
    if (missing.length > 0) {
      const lines = missing.map((name) => `  ${name}: required when KITH_NOTIFY_API_KEY is set`);
      throw new ConfigError(`Kith's configuration is not valid:\n${lines.join('\n')}`);
    }
  }
  if (e.KITH_MESH_URL) {
    const missing = ['KITH_MESH_MAILBOX_ID', 'KITH_MESH_PASSWORD', 'KITH_MESH_SHARED_KEY'].filter(
      (name) => !e[name as keyof typeof e],
    );
    if (Boolean(e.KITH_MESH_CLIENT_CERT) !== Boolean(e.KITH_MESH_CLIENT_KEY))
      missing.push('KITH_MESH_CLIENT_CERT and KITH_MESH_CLIENT_KEY');
    if (missing.length > 0) {
      const lines = missing.map((name) => `  ${name}: required when KITH_MESH_URL is set`);
      throw new ConfigError(`Kith's configuration is not valid:\n${lines.join('\n')}`);
    }
  }
  if (e.KITH_METRICS_PORT !== undefined && e.KITH_METRICS_PORT === e.PORT) {
    throw new ConfigError("Kith's configuration is not valid:\n  KITH_METRICS_PORT: must differ from PORT");
  }
  // npm runs workspace scripts inside the package folder; INIT_CWD is where the user typed the
  // command, so `./data` means the folder they were in.
  const userDir = env.INIT_CWD ?? process.cwd();
  const repoRoot = path.resolve(import.meta.dirname, '../../..');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(userDir, e.KITH_DATA_DIR) },
    demoData: e.KITH_DEMO_DATA === 'auto' && e.NODE_ENV !== 'production',
    logLevel: e.KITH_LOG_LEVEL,
    session: { idleMinutes: e.KITH_SESSION_IDLE_MINUTES, absoluteHours: e.KITH_SESSION_ABSOLUTE_HOURS },
    signIn: {
      freeFailures: e.KITH_SIGN_IN_FREE_FAILURES,
      maxDelayMinutes: e.KITH_SIGN_IN_MAX_DELAY_MINUTES,
      accountFailures: e.KITH_SIGN_IN_ACCOUNT_FAILURES,
      accountWindowMinutes: e.KITH_SIGN_IN_ACCOUNT_WINDOW_MINUTES,
      accountDelaySeconds: e.KITH_SIGN_IN_ACCOUNT_DELAY_SECONDS,
    },
    rateLimitPerMinute: e.KITH_RATE_LIMIT_PER_MINUTE,
    bodyLimitBytes: e.KITH_BODY_LIMIT_BYTES,
    trustProxy: e.KITH_TRUST_PROXY === 'true',
    pathway: { notReachedAfterAttempts: e.KITH_NOT_REACHED_AFTER_ATTEMPTS, activeCaseCapacity: e.KITH_ACTIVE_CASE_CAPACITY },
    directory: {
      staleAfterMonths: e.KITH_DIRECTORY_STALE_MONTHS,
      acknowledgeWithinBusinessDays: e.KITH_ONWARD_ACK_BUSINESS_DAYS,
      mapTiles: e.KITH_MAP_TILE_URL ? { urlTemplate: e.KITH_MAP_TILE_URL, attribution: e.KITH_MAP_ATTRIBUTION ?? '' } : null,
    },
    jobs: { pollSeconds: e.KITH_JOB_POLL_SECONDS },
    supervision: { dueAfterWeeks: e.KITH_SUPERVISION_DUE_WEEKS, overdueAfterWeeks: e.KITH_SUPERVISION_OVERDUE_WEEKS },
    email: {
      smtpUrl: e.KITH_SMTP_URL ?? null,
      from: e.KITH_SMTP_FROM,
      publicUrl: (e.KITH_PUBLIC_URL ?? listeningUrl(e.HOST, e.PORT)).replace(/\/+$/, ''),
    },
    webDist: e.KITH_WEB_DIST === '' ? null : path.resolve(userDir, e.KITH_WEB_DIST ?? path.join(repoRoot, 'packages/web/dist')),
    passwordResetMinutes: e.KITH_PASSWORD_RESET_MINUTES,
    notify: {
      apiKey: e.KITH_NOTIFY_API_KEY ?? null,
      baseUrl: e.KITH_NOTIFY_URL.replace(/\/+$/, ''),
      smsTemplateId: e.KITH_NOTIFY_SMS_TEMPLATE_ID ?? null,
      emailTemplateId: e.KITH_NOTIFY_EMAIL_TEMPLATE_ID ?? null,
    },
    mesh: {
      url: e.KITH_MESH_URL ? e.KITH_MESH_URL.replace(/\/+$/, '') : null,
      mailboxId: e.KITH_MESH_MAILBOX_ID ?? null,
      password: e.KITH_MESH_PASSWORD ?? null,
      sharedKey: e.KITH_MESH_SHARED_KEY ?? null,
      clientCertPath: e.KITH_MESH_CLIENT_CERT ? path.resolve(userDir, e.KITH_MESH_CLIENT_CERT) : null,
      clientKeyPath: e.KITH_MESH_CLIENT_KEY ? path.resolve(userDir, e.KITH_MESH_CLIENT_KEY) : null,
      caCertPath: e.KITH_MESH_CA_CERT ? path.resolve(userDir, e.KITH_MESH_CA_CERT) : null,
      workflowId: e.KITH_MESH_WORKFLOW_ID,
      pollSeconds: e.KITH_MESH_POLL_SECONDS,
      chunkBytes: e.KITH_MESH_CHUNK_BYTES,
    },
    metrics: { token: e.KITH_METRICS_TOKEN ?? null, port: e.KITH_METRICS_PORT ?? null },
  };
}

/**
 * Where a browser on this machine reaches Kith when no public address is set: the host it listens
 * on, or localhost when that is every interface (`0.0.0.0`, `::`), so email links follow `PORT`.
 */
function listeningUrl(host: string, port: number): string {
  const everywhere = ['', '0.0.0.0', '::', '[::]'].includes(host);
  const name = everywhere ? 'localhost' : host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}
