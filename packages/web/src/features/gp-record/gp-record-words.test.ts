import { GP_DOCUMENT_STATES } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { gpDocument } from './gp-record-test-data.ts';
import {
  endingLabel,
  GP_DOCUMENT_TAG_CLASSES,
  gpDeliveriesHref,
  gpDocumentStateLabel,
  gpDocumentSummary,
  isStillMoving,
  needsPrintedLetter,
  readStateFilter,
} from './gp-record-words.ts';

describe('how a GP document is described', () => {
  it('says plainly when nothing could be sent, and that the letter must be printed', () => {
    const noMailbox = gpDocument({ state: 'no_mailbox', mailboxId: null, sentAt: null, deliveredAt: null });
    expect(gpDocumentSummary(noMailbox)).toBe(
      "Not sent: Riverside Surgery (M85001) has no MESH mailbox in Kith's directory. Print the letter and send it to the practice.",
    );
    const noPractice = gpDocument({ state: 'no_practice', practice: null, mailboxId: null, sentAt: null, deliveredAt: null });
    expect(gpDocumentSummary(noPractice)).toMatch(/^Not sent: the person has no registered GP practice/);
    expect(needsPrintedLetter('no_mailbox') && needsPrintedLetter('no_practice')).toBe(true);
    expect(needsPrintedLetter('failed') || needsPrintedLetter('delivered')).toBe(false);
  });

  it('says when a queued document is waiting because the last try failed', () => {
    expect(gpDocumentSummary(gpDocument({ state: 'queued', sentAt: null, deliveredAt: null }))).toBe(
      'Waiting to be sent to Riverside Surgery (M85001) through MESH.',
    );
    expect(
      gpDocumentSummary(gpDocument({ state: 'queued', lastError: 'MESH could not be reached', sentAt: null, deliveredAt: null })),
    ).toContain('The last try did not work; Kith will try again.');
  });

  it('gives every state a label and a tag colour, and names delivered and failed ones', () => {
    for (const state of GP_DOCUMENT_STATES) {
      expect(gpDocumentStateLabel(state)).not.toBe(state);
      expect(GP_DOCUMENT_TAG_CLASSES[state]).toMatch(/^nhsuk-tag--/);
      expect(gpDocumentSummary(gpDocument({ state })).length).toBeGreaterThan(20);
    }
    expect(gpDocumentSummary(gpDocument())).toMatch(/^Delivered: Riverside Surgery \(M85001\)'s system collected it on /);
    expect(gpDocumentSummary(gpDocument({ state: 'failed' }))).toContain('an administrator can send it again.');
    expect(gpDocumentStateLabel('something_new')).toBe('something_new');
  });

  it('looks again only while a document is on its way', () => {
    expect(GP_DOCUMENT_STATES.filter(isStillMoving)).toEqual(['preparing', 'queued', 'sent']);
  });

  it('reads the deliveries filter from the address, ignoring anything unknown', () => {
    expect(readStateFilter('failed')).toBe('failed');
    expect(readStateFilter('nonsense')).toBe('');
    expect(readStateFilter(null)).toBe('');
    expect(gpDeliveriesHref('failed')).toBe('/admin/gp-deliveries?state=failed');
    expect(gpDeliveriesHref('')).toBe('/admin/gp-deliveries');
  });

  it('names endings as the referral statuses are named', () => {
    expect(endingLabel('not_reached')).toBe('Not reached');
    expect(endingLabel('referred_elsewhere')).toBe('referred elsewhere');
  });
});
