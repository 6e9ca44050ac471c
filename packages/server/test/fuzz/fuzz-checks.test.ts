import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { responseProblem, unexpectedChanges } from './fuzz-kith.ts';
import { mutate } from './schema-arbitrary.ts';

/** The fuzzer's own judgements, checked on known answers so that a passing fuzz run means something. */
function answer(statusCode: number, body: unknown): LightMyRequestResponse {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return { statusCode, body: text, json: () => JSON.parse(text) } as unknown as LightMyRequestResponse;
}

describe('what the fuzzer counts as a failure', () => {
  it('fails any 5xx and any 4xx outside the one error shape', () => {
    expect(responseProblem(answer(500, { error: 'internal', message: 'x', requestId: 'r' }))).toMatch(/status 500/);
    expect(responseProblem(answer(400, 'Bad Request'))).toMatch(/not JSON/);
    expect(responseProblem(answer(400, { statusCode: 400, message: 'x' }))).toMatch(/error shape/);
    expect(responseProblem(answer(404, { error: 'not_found', message: 'x' }))).toMatch(/requestId/);
    expect(responseProblem(answer(400, { error: 'validation', message: 'x', requestId: 'r' }))).toMatch(/names no field/);
    expect(responseProblem(answer(404, { error: 'not_found', message: 'x', requestId: 'r' }))).toBeNull();
    expect(responseProblem(answer(201, { id: 'x' }))).toBeNull();
  });

  it('fails a refused request that wrote anything but its own audit record', () => {
    const person = { tbl: 'people', op: 'INSERT', action: null, requestId: null };
    const denied = { tbl: 'audit_events', op: 'INSERT', action: 'denied', requestId: 'r1' };
    expect(unexpectedChanges([person], 400)).toEqual([person]);
    expect(unexpectedChanges([denied], 403)).toEqual([]);
    expect(unexpectedChanges([denied], 400)).toEqual([denied]);
    // Another request's audit record is never this one's to write, even a denial.
    expect(unexpectedChanges([denied], 403, 'r1')).toEqual([]);
    expect(unexpectedChanges([denied], 403, 'r2')).toEqual([denied]);
  });
});

describe('mutating a valid body', () => {
  it('keeps "__proto__" an own key instead of changing the prototype', () => {
    const out = mutate({ a: { b: 1 } }, 1, 'add', null) as Record<string, Record<string, unknown>>;
    expect(Object.keys(out.a ?? {})).toContain('__proto__');
    expect(JSON.stringify(out)).toContain('"__proto__"');
  });

  it('puts hostile characters into otherwise valid text', () => {
    // The string is node 1 of the tree; each node index picks its own bad character.
    expect(mutate({ name: 'Ada', n: 1 }, 0, 'taint', null)).toEqual({ name: 'A\ud800da', n: 1 });
    expect(mutate({ name: 'Ada', other: 'Bo' }, 2, 'taint', null)).toEqual({ name: 'Ada', other: 'B\udfffo' });
    expect(mutate({ name: 'Ada' }, 1, 'replace', -1)).toEqual({ name: -1 });
  });
});
