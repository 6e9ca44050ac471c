import { describe, expect, it } from 'vitest';
import { databaseErrorOf, translateDatabaseError } from './database-errors.ts';

function wrapped(fields: Record<string, unknown>): Error {
  const driver = Object.assign(new Error('value quoted here: Secretname'), fields);
  return new Error('Failed query: insert … params: Secretname', { cause: driver });
}

describe('database errors', () => {
  it('finds the driver error behind a Drizzle wrapper, keeping names only', () => {
    const info = databaseErrorOf(
      wrapped({ code: '23505', constraint: 'referral_reasons_pkey', table: 'referral_reasons', detail: 'Key (code)=(x)' }),
    );
    expect(info).toEqual({ code: '23505', constraint: 'referral_reasons_pkey', table: 'referral_reasons' });
    expect(databaseErrorOf(new Error('plain'))).toBeNull();
    expect(databaseErrorOf(Object.assign(new Error('node'), { code: 'ECONNRESET' }))).toBeNull();
  });

  it('makes races on a unique key, exclusions, serialization failures and deadlocks a 409 with allowed []', () => {
    for (const code of ['23505', '23P01', '40001', '40P01', '23503']) {
      const error = translateDatabaseError({ code, table: 'memberships', constraint: 'memberships_user_id_organisation_id_key' });
      expect(error?.status, code).toBe(409);
      expect(error?.extra.allowed, code).toEqual([]);
    }
    expect(
      translateDatabaseError({ code: '23505', table: 'memberships', constraint: 'memberships_user_id_organisation_id_key' })
        ?.message,
    ).toBe('This already exists: another membership entry has the same user id organisation id. Reload and try again.');
  });

  it('makes data the database cannot store a 400 naming the column when known, and leaves the rest a 500', () => {
    expect(translateDatabaseError({ code: '22001', column: 'label' })?.extra.issues).toEqual([
      { path: 'label', message: 'This value is too long' },
    ]);
    expect(translateDatabaseError({ code: '22P02' })?.status).toBe(400);
    expect(translateDatabaseError({ code: '42P01' })).toBeNull();
    expect(translateDatabaseError({ code: '53300' })).toBeNull();
  });
});
