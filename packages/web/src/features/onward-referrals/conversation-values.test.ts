import { describe, expect, it } from 'vitest';
import { buildNoteRequest, EMPTY_CONVERSATION_FORM, noteAuthor } from './conversation-values.ts';

describe('the note form on an onward referral', () => {
  it('starts empty and sends the note trimmed', () => {
    expect(EMPTY_CONVERSATION_FORM).toEqual({ body: '' });
    expect(buildNoteRequest({ body: '  Tuesdays suit her best  ' })).toEqual({
      ok: true,
      data: { body: 'Tuesdays suit her best' },
    });
  });

  it('asks for a note when it is blank, and names the body', () => {
    expect(buildNoteRequest({ body: '   ' })).toEqual({ ok: false, issues: [{ path: 'body', message: 'Enter a note' }] });
  });

  it('refuses a note over 2000 characters and ill-formed text, as the server does', () => {
    const long = buildNoteRequest({ body: 'x'.repeat(2001) });
    expect(long).toEqual({ ok: false, issues: [{ path: 'body', message: 'A note must be 2000 characters or fewer' }] });
    expect(buildNoteRequest({ body: 'x'.repeat(2000) }).ok).toBe(true);
    expect(buildNoteRequest({ body: 'bad \u0000 text' }).ok).toBe(false);
  });
});

describe('who wrote a note', () => {
  it('names the writer and their side', () => {
    expect(noteAuthor({ authorName: 'Pat Provider', organisationName: 'Walking Friends' })).toBe('Pat Provider, Walking Friends');
  });

  it('falls back to the side alone when the writer has no name', () => {
    expect(noteAuthor({ authorName: null, organisationName: 'North PCN' })).toBe('North PCN');
    expect(noteAuthor({ authorName: null, organisationName: '' })).toBe('Someone');
  });
});
