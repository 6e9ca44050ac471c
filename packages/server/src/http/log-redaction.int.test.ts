import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Seed, seedMatrix } from '../../test/access-matrix/seed.ts';
import { testDatabase } from '../../test/test-database.ts';
import { buildApp, type KithApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { people, referralReasons } from '../db/schema/index.ts';

/**
 * The server log must never hold what people typed: names, notes, search terms. This plants a
 * unique marker in every text field and query parameter the API takes — through the real
 * pathway (the access matrix's seed: person, referral, triage, contacts, care plan, safeguarding
 * concern, supervision notes, onward referral, community post…), through every operation of the
 * OpenAPI document, and through requests built to fail (validation, conflicts, database errors
 * that quote the values, 404s, URL errors) — then reads the captured log for any marker.
 */

interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

interface Operation {
  parameters?: { in: string; name: string; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

const markers: string[] = [];
function marker(where: string): string {
  const value = `LOGMARK-${where.replace(/[^a-z0-9]/gi, '').slice(-20)}-${crypto.randomUUID().slice(0, 8)}`;
  markers.push(value);
  return value;
}

/** A request body shaped like the schema (so it gets as far as it can), every free-text string a marker. */
function fill(schema: JsonSchema, doc: OpenApi, where: string, ids: (field: string) => string): unknown {
  if (schema.$ref) {
    const name = schema.$ref.split('/').at(-1) ?? '';
    return fill(doc.components?.schemas?.[name] ?? {}, doc, where, ids);
  }
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fill(options.find((o) => o.type !== 'null') ?? options[0] ?? {}, doc, where, ids);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => fill(s, doc, where, ids)));
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, value]) => [key, fill(value, doc, `${where}.${key}`, ids)]),
      );
    case 'array':
      return [fill(schema.items ?? {}, doc, `${where}.0`, ids)];
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    default:
      if (schema.format === 'uuid') return ids(where.split('.').at(-1) ?? '');
      if (schema.format === 'date') return '2024-05-01';
      if (schema.format === 'date-time') return '2024-05-01T10:00:00.000Z';
      if (schema.format === 'email') return `${marker(where).toLowerCase()}@kith.test`;
      return marker(where);
  }
}

describe('the server log holds no personal data', () => {
  const lines: string[] = [];
  let app: KithApp;
  let seed: Seed;

  beforeAll(async () => {
    const config = loadConfig({ NODE_ENV: 'test', KITH_WEB_DIST: '', KITH_RATE_LIMIT_PER_MINUTE: '100000' });
    app = await buildApp({
      config,
      database: await testDatabase(),
      logger: { level: 'trace' },
      logStream: { write: (line) => void lines.push(line) },
    });
    // Database errors whose driver messages, `detail` and Drizzle's "params:" quote the values.
    const db = app.kith.database.db;
    app.post<{ Params: { kind: string }; Body: { value: string } }>('/api/test/database-error/:kind', async (request) => {
      const { value } = request.body;
      switch (request.params.kind) {
        case 'cast':
          return db.execute(sql`select ${value}::uuid`);
        case 'relation':
          return db.execute(sql`select ${value}::regclass`);
        case 'unique':
          await db.insert(referralReasons).values({ code: value, label: value });
          return db.insert(referralReasons).values({ code: value, label: value });
        case 'foreign-key':
          return db.insert(people).values({ organisationId: crypto.randomUUID(), givenName: value, familyName: value });
        case 'wrapped':
          try {
            await db.execute(sql`select ${value}::regclass`);
          } catch (cause) {
            throw new Error(`lookup failed for ${value}`, { cause });
          }
          return null;
        case 'logged-directly':
          request.log.error(new Error(`could not handle ${value}`));
          request.log.warn({ err: new Error(value) }, value.length > 0 ? new Error(value).message : '');
          return { ok: true };
        default:
          throw new Error(`unknown kind ${value}`);
      }
    });
    seed = await seedMatrix(app);
    markers.push(...Object.values(seed.markers));
  }, 120_000);
  afterAll(() => app.close());

  const session = (key: string) => {
    const caller = seed.callers.get(key);
    if (!caller?.session) throw new Error(`no session for ${key}`);
    return caller.session;
  };

  it('searches, failed writes and conflicts log route patterns and SQLSTATEs, not the values', async () => {
    const worker = session('A.link_worker');
    const admin = session('A.admin');
    const surname = marker('surname');
    const postcode = marker('postcode');
    const statuses: number[] = [];
    const get = async (url: string, who = worker) =>
      statuses.push((await app.inject({ url, headers: { cookie: who.cookie } })).statusCode);
    await get(`/api/people?q=${surname}`);
    await get(`/api/people?q=${postcode}&page=2`);
    await get(`/api/directory/services?q=${marker('directory-q')}&postcode=${marker('directory-postcode')}`);
    await get(`/openreferral/services?search=${marker('oruk-search')}`);
    await get(`/api/community/posts?q=${marker('community-q')}`);
    await get(`/api/referrals?q=${marker('referrals-q')}`);
    await get(`/api/audit?recordId=${marker('audit')}`, admin);
    await get(`/api/people?q=${marker('nul')}%00`);
    await get(`/api/directory/services?page=${marker('page')}`);

    const write = async (method: 'POST' | 'PUT' | 'PATCH', url: string, payload: unknown, who = worker) => {
      const response = await app.inject({
        method,
        url,
        headers: { ...who.writeHeaders, 'idempotency-key': crypto.randomUUID() },
        payload: payload as object,
      });
      statuses.push(response.statusCode);
      return response;
    };
    // Validation: a bad date beside names and a postcode.
    await write('POST', '/api/people', {
      organisationId: seed.orgs.A.pcn,
      givenName: marker('given'),
      familyName: surname,
      dateOfBirth: marker('dob'),
      postcode,
    });
    // A NUL beside a safeguarding description.
    await write('POST', `/api/people/${seed.ids.person}/safeguarding-concerns`, {
      category: 'financial',
      description: `${marker('concern')}\u0000`,
      immediateRisk: false,
    });
    // A stale care plan version: a 409 conflict.
    await write('PUT', `/api/referrals/${seed.ids.referral}/care-plan`, {
      baseVersion: 0,
      whatMatters: marker('whatMatters'),
      goals: [{ id: 'g1', text: marker('goal') }],
      actions: [],
      reviewDate: null,
    });
    await write('POST', `/api/referrals/${seed.ids.referral}/contacts`, {
      mode: 'phone',
      successful: true,
      notes: marker('contact'),
    });
    // Identical reasons at once: unique violations in the database.
    const code = `log_${crypto.randomUUID().slice(0, 8)}`;
    const label = marker('reason-label');
    const reasons = await Promise.all(
      Array.from({ length: 4 }, () => write('POST', '/api/referral-reasons', { code, label }, admin)),
    );
    expect(reasons.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);

    // Database errors that quote the value, in every shape.
    for (const kind of ['cast', 'relation', 'unique', 'foreign-key', 'wrapped', 'logged-directly']) {
      await write('POST', `/api/test/database-error/${kind}`, { value: marker(kind) }, admin);
    }

    // 404s, bad URLs and over-long parameters, each with a marker in the path and the query.
    for (const url of [
      `/api/no-such-route/${marker('path')}?q=${marker('q404')}`,
      `/api/referrals/${marker('badid')}?note=${marker('q400')}`,
      `/api/people/${marker('enc')}%E0%A4%A?q=${marker('qenc')}`,
      `/api/people/${marker('long')}${'a'.repeat(300)}?q=${marker('qlong')}`,
      `/${marker('root')}?q=${marker('qroot')}`,
    ]) {
      await get(url);
    }
    expect(statuses.filter((s) => s >= 500)).toEqual([500, 500]); // the two unhandled test errors only
  });

  it('every documented operation, with markers in every parameter and text field', async () => {
    const doc = app.swagger() as unknown as OpenApi;
    const known: Record<string, string> = {
      personId: seed.ids.person,
      referralId: seed.ids.referral,
      organisationId: seed.orgs.A.pcn,
      pcnId: seed.orgs.A.pcn,
      serviceId: seed.ids.publicService,
      needTermId: seed.ids.needTerm,
    };
    const ids = (field: string) => known[field] ?? crypto.randomUUID();
    const admin = session('A.admin');
    const worker = session('A.link_worker');
    let sent = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      // Signing out or changing a password would end the sessions the rest of the pass uses.
      if (path.startsWith('/api/session') || path.startsWith('/api/me')) continue;
      for (const [method, operation] of Object.entries(operations)) {
        const where = `${method}${path}`;
        const query = (operation.parameters ?? [])
          .filter((p) => p.in === 'query')
          .map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(marker(`${where}.${p.name}`))}`)
          .join('&');
        const schema = operation.requestBody?.content['application/json']?.schema;
        const body = schema ? fill(schema, doc, where, ids) : undefined;
        for (const pathValue of [marker(`${where}.param`), crypto.randomUUID(), seed.ids.referral]) {
          const url = path.replace(/\{\w+\}/g, pathValue);
          for (const who of [admin, worker]) {
            await app.inject({
              method: method.toUpperCase() as 'GET',
              url: query ? `${url}?${query}` : url,
              headers: {
                ...(method === 'get' ? { cookie: who.cookie } : who.writeHeaders),
                'idempotency-key': crypto.randomUUID(),
              },
              ...(body === undefined ? {} : { payload: body as object }),
            });
            sent++;
          }
          if (!path.includes('{')) break;
        }
      }
    }
    expect(sent).toBeGreaterThan(200);
  }, 300_000);

  it('finds none of the markers in the captured log', () => {
    const log = lines.join('').toLowerCase();
    expect(markers.length).toBeGreaterThan(300);
    const found = markers.filter((m) => log.includes(m.toLowerCase()));
    expect(found).toEqual([]);
    expect(log.includes('logmark-'), 'a marker prefix in the log').toBe(false);
    expect(log.includes('"url"'), 'a URL in the log').toBe(false);
    // The log was written: requests by route pattern, database refusals by SQLSTATE.
    for (const expected of [
      '"route":"/api/people"',
      '"route":"/api/referrals/:id/care-plan"',
      '"code":"23505"',
      '"code":"42p01"',
    ]) {
      expect(log.includes(expected), expected).toBe(true);
    }
  });
});
