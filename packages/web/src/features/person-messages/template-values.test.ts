import type { MessageTemplate } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { buildTemplateRequest, templateFormValues } from './template-values.ts';

const EMAIL: MessageTemplate = {
  id: '5e3d0000-0000-4000-8000-0000000000aa',
  key: 'free_text',
  channel: 'email',
  name: 'Free text (email)',
  subject: 'A message from ((service))',
  body: 'Hello ((first_name)),\n\n((message))',
  placeholders: ['first_name', 'service', 'message'],
  subjectPlaceholders: ['service'],
  updatedAt: '2026-12-07T10:00:00.000Z',
  updatedByName: null,
};

describe('the message template form', () => {
  it('sends the wording as typed, with the subject for email only', () => {
    expect(buildTemplateRequest(EMAIL, templateFormValues(EMAIL))).toEqual({
      ok: true,
      data: { subject: 'A message from ((service))', body: 'Hello ((first_name)),\n\n((message))' },
    });
    const sms = { ...EMAIL, channel: 'sms' as const, subject: null, subjectPlaceholders: [] };
    expect(buildTemplateRequest(sms, { subject: '', body: '((message))' })).toEqual({
      ok: true,
      data: { subject: null, body: '((message))' },
    });
  });

  it('names placeholders the template cannot use, and keeps names out of subjects', () => {
    const result = buildTemplateRequest(EMAIL, { subject: 'For ((first_name))', body: '((message)) ((nhs_number))' });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'subject', message: '((first_name)) cannot be used here. You can use: ((service))' },
        { path: 'body', message: '((nhs_number)) cannot be used here. You can use: ((first_name)), ((service)), ((message))' },
      ],
    });
  });

  it('needs wording', () => {
    expect(buildTemplateRequest(EMAIL, { subject: 'Hi', body: ' ' })).toMatchObject({ ok: false, issues: [{ path: 'body' }] });
  });
});
