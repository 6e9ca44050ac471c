import { SMS_MAX_LENGTH } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { buildSendMessageRequest } from './send-message-values.ts';

describe('the send a message form', () => {
  it('sends the trimmed text through the free text template', () => {
    expect(buildSendMessageRequest({ message: '  See you on Tuesday.  ' })).toEqual({
      ok: true,
      data: { templateKey: 'free_text', message: 'See you on Tuesday.' },
    });
  });

  it('says what is wrong with an empty or over-long message', () => {
    expect(buildSendMessageRequest({ message: '   ' })).toMatchObject({
      ok: false,
      issues: [{ path: 'message', message: 'Enter a message' }],
    });
    const long = buildSendMessageRequest({ message: 'x'.repeat(SMS_MAX_LENGTH + 1) });
    expect(long).toMatchObject({
      ok: false,
      issues: [{ path: 'message', message: expect.stringContaining(`${SMS_MAX_LENGTH} characters`) }],
    });
  });
});
