import { describe, expect, it } from 'vitest';
import { safeErrorLog, scrubLogArguments } from './log-safety.ts';

/** A pg/PGlite error as the drivers shape it: the values sit in message and detail. */
function driverError(): Error {
  return Object.assign(new Error('duplicate key value violates unique constraint "people_nhs_key"'), {
    name: 'error',
    code: '23505',
    constraint: 'people_nhs_key',
    table: 'people',
    detail: 'Key (nhs_number)=(9434765919) already exists.',
    severity: 'ERROR',
  });
}

class DrizzleQueryError extends Error {
  constructor(
    readonly query: string,
    readonly params: unknown[],
    override readonly cause: unknown,
  ) {
    super(`Failed query: ${query}\nparams: ${params.join(',')}`);
  }
}

describe('log safety', () => {
  it('logs a wrapped database error by class, SQLSTATE and names only', () => {
    const error = new DrizzleQueryError('insert into people values ($1, $2)', ['Ada Secretname', '9434765919'], driverError());
    const logged = safeErrorLog(error);
    const text = JSON.stringify(logged);
    expect(text).not.toMatch(/Secretname|9434765919|insert into|duplicate key/);
    expect(logged).toMatchObject({
      type: 'DrizzleQueryError',
      cause: { type: 'error', code: '23505', constraint: 'people_nhs_key', table: 'people' },
    });
    expect(logged.stack).toMatch(/^\s+at /);
  });

  it('never logs an error message, however deep the cause chain', () => {
    const error = new Error('outer Secretname', { cause: new TypeError('inner Secretname', { cause: 'Secretname' }) });
    const logged = safeErrorLog(error);
    expect(JSON.stringify(logged)).not.toContain('Secretname');
    expect(logged.cause).toMatchObject({ type: 'TypeError', cause: { type: 'string' } });
  });

  it("replaces a message that is the error's own and strips query strings from messages", () => {
    const calls: unknown[][] = [];
    const method = (...args: unknown[]) => void calls.push(args);
    const error = new Error('could not find Secretname');
    scrubLogArguments.call(null, [error], method);
    scrubLogArguments.call(null, [{ err: error }, error.message], method);
    scrubLogArguments.call(null, ['Reply was already sent for "/api/people?q=Secretname"'], method);
    expect(JSON.stringify(calls.map((args) => args.filter((a) => typeof a === 'string')))).not.toContain('Secretname');
    expect(calls[0]?.[0]).toEqual({ err: error });
  });
});
