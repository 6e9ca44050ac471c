import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { resendProblem } from './resend-gp-document-button.tsx';

describe('why a document could not be sent again', () => {
  it("gives the server's own words, which name the states it can be resent from", () => {
    const message = 'This document is delivered: only a document that did not reach the practice (failed) can be resent.';
    expect(resendProblem(new ApiError(409, { error: 'conflict', message, allowed: ['failed'] }))).toBe(message);
  });

  it('names the allowed states when the refusal has no message', () => {
    const refusal = new ApiError(409, { error: 'conflict', message: '', allowed: ['no_mailbox', 'failed'] });
    expect(resendProblem(refusal)).toBe('It can be sent again only from these states: No MESH mailbox, Failed.');
  });

  it('says who may resend, and never leaves a failure unexplained', () => {
    expect(resendProblem(new ApiError(403, { error: 'forbidden', message: 'No' }))).toBe(
      'Only administrators can send it again.',
    );
    expect(resendProblem(new Error('boom'))).toBe('It could not be sent again. Try again.');
  });
});
