import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { GpRecordPanel } from './gp-record-panel.tsx';
import { gpDocumentKey } from './gp-record-queries.ts';
import { gpDocument } from './gp-record-test-data.ts';
import { renderWith, signedInAs, textOf } from './gp-record-test-render.ts';

const REFERRAL = gpDocument().referralId;

function panel(options: Parameters<typeof renderWith>[1], ending = 'discharged'): string {
  return renderWith(createElement(GpRecordPanel, { referralId: REFERRAL, ending }), options);
}

describe('the GP record panel', () => {
  it('shows a delivered document with its state, practice and times, and the FHIR document to download', () => {
    const html = panel({ cached: [[gpDocumentKey(REFERRAL), gpDocument()]] });
    const text = textOf(html);
    expect(html).toContain('<h2');
    expect(html).toContain('class="nhsuk-tag nhsuk-tag--green">Delivered</strong>');
    expect(text).toContain('GP practice Riverside Surgery (M85001)');
    expect(text).toContain('MESH mailbox M85001OT001');
    expect(html).toContain(`href="/api/referrals/${REFERRAL}/gp-document/bundle"`);
    expect(text).toContain('Download the FHIR document sent to the GP record (JSON)');
    expect(text).not.toContain('Send again');
    expect(text).not.toContain('letter to print');
  });

  it('says plainly when the practice has no mailbox, and offers the letter to print', () => {
    const document = gpDocument({
      state: 'no_mailbox',
      mailboxId: null,
      sentAt: null,
      deliveredAt: null,
      lastError: 'Riverside Surgery (M85001) has no MESH mailbox in the directory',
      resendable: true,
    });
    const html = panel({ cached: [[gpDocumentKey(REFERRAL), document]] });
    const text = textOf(html);
    expect(html).toContain('nhsuk-tag--orange">No MESH mailbox</strong>');
    expect(text).toContain("Not sent: Riverside Surgery (M85001) has no MESH mailbox in Kith's directory. Print the letter");
    expect(text).toContain('Reason Riverside Surgery (M85001) has no MESH mailbox in the directory');
    expect(html).toContain(`href="/api/letters/${document.letterId}.pdf"`);
    expect(text).toContain('Download the letter to print (PDF)');
    // A link worker may not resend; that is for administrators.
    expect(text).not.toContain('Send again');
  });

  it('offers "Send again" to those who manage the GP record, when the state allows it', () => {
    const failed = gpDocument({ state: 'failed', lastError: 'The practice mailbox does not exist', resendable: true });
    const me = signedInAs('supervisor', 'admin');
    expect(textOf(panel({ me, cached: [[gpDocumentKey(REFERRAL), failed]] }))).toContain('Send again');
    expect(textOf(panel({ me, cached: [[gpDocumentKey(REFERRAL), gpDocument()]] }))).not.toContain('Send again');
  });

  it('tells someone who may not download letters that the care team can print it', () => {
    const document = gpDocument({ state: 'no_practice', practice: null, mailboxId: null, sentAt: null, deliveredAt: null });
    const text = textOf(panel({ me: signedInAs('referrer'), cached: [[gpDocumentKey(REFERRAL), document]] }));
    expect(text).toContain('GP practice None recorded');
    expect(text).toContain("The care team can download the letter to print from the person's record.");
    expect(text).not.toContain('Download the letter');
  });

  it('offers no FHIR document while it is being prepared', () => {
    const document = gpDocument({ state: 'preparing', mailboxId: null, sentAt: null, deliveredAt: null });
    const html = panel({ cached: [[gpDocumentKey(REFERRAL), document]] });
    expect(textOf(html)).toContain('Kith is preparing the document for the GP record.');
    expect(html).not.toContain('gp-document/bundle');
  });

  it('says a referral closed in error has no document, and shows nothing for an older referral without one', () => {
    const missing = new ApiError(404, { error: 'not_found', message: 'GP document was not found' });
    const failed: Array<[readonly unknown[], Error]> = [[gpDocumentKey(REFERRAL), missing]];
    expect(textOf(panel({ failed }, 'closed_in_error'))).toBe(
      'GP record Nothing is sent to the GP record for this ending: the referral was closed in error.',
    );
    expect(panel({ failed }, 'discharged')).toBe('');
  });

  it('shows an error with a retry when the document cannot be loaded', () => {
    const down = new ApiError(503, { error: 'unavailable', message: 'The service is not available' });
    const text = textOf(panel({ failed: [[gpDocumentKey(REFERRAL), down]] }));
    expect(text).toContain('Sorry, we could not load the GP record document');
    expect(text).toContain('Try again');
  });
});
