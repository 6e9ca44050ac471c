import type { GpDocumentPage, PracticeMailbox, PracticeMailboxPage, SnomedCode } from '@kith/shared';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { GpDeliveriesPage } from './gp-deliveries-page.tsx';
import { gpDocumentsKey, practiceMailboxesKey, practiceMailboxKey, snomedCodesKey } from './gp-record-queries.ts';
import { gpDocument } from './gp-record-test-data.ts';
import { renderWith, signedInAs, textOf } from './gp-record-test-render.ts';
import { EditPracticeMailboxPage } from './practice-mailbox-pages.tsx';
import { PracticeMailboxesPage } from './practice-mailboxes-page.tsx';
import { EditSnomedCodePage, NewSnomedCodePage } from './snomed-code-pages.tsx';
import { SnomedCodesPage } from './snomed-codes-page.tsx';

const admin = signedInAs('admin');

const CODES: SnomedCode[] = [
  {
    code: '871711000000103',
    term: 'Social prescribing declined (situation)',
    use: 'declined',
    verified: true,
    active: true,
    source: 'Domain reference',
    updatedAt: '2026-12-07T10:00:00.000Z',
  },
  {
    code: '1000001000000100',
    term: 'A code still to be checked',
    use: 'other',
    verified: false,
    active: false,
    source: null,
    updatedAt: '2026-12-07T10:00:00.000Z',
  },
];

const MAILBOX: PracticeMailbox = {
  odsCode: 'M85001',
  mailboxId: 'M85001OT001',
  practiceName: 'Riverside Surgery',
  active: true,
  note: null,
  updatedAt: '2026-12-07T10:00:00.000Z',
};

const pageOf = <T>(items: T[], page = 1): { items: T[]; total: number; page: number; pageSize: number } => ({
  items,
  total: items.length,
  page,
  pageSize: 50,
});

describe('SNOMED CT codes', () => {
  it('lists each code with its use, whether verified and active, and its source, and explains verification', () => {
    const html = renderWith(createElement(SnomedCodesPage), { me: admin, cached: [[snomedCodesKey, { items: CODES }]] });
    const text = textOf(html);
    expect(html).toContain('<h1>SNOMED CT codes</h1>');
    expect(text).toContain('Only verified codes are written into GP records.');
    expect(text).toContain(
      '871711000000103 Social prescribing declined (situation) The person declined social prescribing Verified Active',
    );
    expect(text).toContain('A code still to be checked Other Not verified Inactive None recorded');
    expect(html).toContain('href="/admin/snomed-codes/1000001000000100"');
    expect(text).toContain('Edit A code still to be checked');
    expect(html).toContain('href="/admin/snomed-codes/new"');
  });

  it('says when there are no codes', () => {
    const text = textOf(renderWith(createElement(SnomedCodesPage), { me: admin, cached: [[snomedCodesKey, { items: [] }]] }));
    expect(text).toContain('There are no SNOMED CT codes yet.');
  });

  it('adds a code with labelled fields, and edits one without changing its id', () => {
    const adding = renderWith(createElement(NewSnomedCodePage), { me: admin });
    expect(adding).toContain('<h1>Add a SNOMED CT code</h1>');
    for (const id of ['code', 'term', 'use', 'verified', 'source']) expect(adding).toContain(`for="${id}"`);
    expect(adding).not.toContain('id="active"');

    const editing = renderWith(createElement(EditSnomedCodePage), {
      me: admin,
      pattern: '/admin/snomed-codes/:code',
      path: '/admin/snomed-codes/871711000000103',
      cached: [[snomedCodesKey, { items: CODES }]],
    });
    expect(textOf(editing)).toContain('SNOMED CT code 871711000000103 – Social prescribing declined (situation)');
    expect(editing).not.toContain('id="code"');
    expect(editing).toContain('id="active"');
    expect(editing).toContain('value="Social prescribing declined (situation)"');

    const missing = renderWith(createElement(EditSnomedCodePage), {
      me: admin,
      pattern: '/admin/snomed-codes/:code',
      path: '/admin/snomed-codes/123456',
      cached: [[snomedCodesKey, { items: CODES }]],
    });
    expect(missing).toContain('<h1>SNOMED CT code not found</h1>');
  });
});

describe('practice mailboxes', () => {
  it('lists mailboxes with their practice, a search and an edit link', () => {
    const data: PracticeMailboxPage = pageOf([MAILBOX, { ...MAILBOX, odsCode: 'Y01234', practiceName: null, active: false }]);
    const html = renderWith(createElement(PracticeMailboxesPage), { me: admin, cached: [[practiceMailboxesKey('', 1), data]] });
    const text = textOf(html);
    expect(text).toContain('M85001 Riverside Surgery M85001OT001 Active');
    expect(text).toContain('Y01234 Not a practice in Kith M85001OT001 Inactive');
    expect(html).toContain('<label class="nhsuk-label" for="q">ODS code, mailbox or practice name</label>');
    expect(html).toContain('href="/admin/practice-mailboxes/M85001"');
    expect(text).toContain('Showing 1 to 2 of 2 practice mailboxes');
  });

  it('says when nothing matches the search, and keeps the search in the box', () => {
    const html = renderWith(createElement(PracticeMailboxesPage), {
      me: admin,
      path: '/admin/practice-mailboxes?q=nowhere',
      cached: [[practiceMailboxesKey('nowhere', 1), pageOf([])]],
    });
    expect(textOf(html)).toContain('No practice mailbox matches “nowhere”.');
    expect(html).toContain('value="nowhere"');
  });

  it('pages through the list, keeping the search', () => {
    const data = { items: [MAILBOX], total: 120, page: 2, pageSize: 50 };
    const html = renderWith(createElement(PracticeMailboxesPage), {
      me: admin,
      path: '/admin/practice-mailboxes?q=m85&page=2',
      cached: [[practiceMailboxesKey('m85', 2), data]],
    });
    expect(html).toContain('href="/admin/practice-mailboxes?q=m85&amp;page=3"');
    expect(html).toContain('href="/admin/practice-mailboxes?q=m85"');
  });

  it('edits a mailbox found by its ODS code, and offers to remove it', () => {
    const html = renderWith(createElement(EditPracticeMailboxPage), {
      me: admin,
      pattern: '/admin/practice-mailboxes/:odsCode',
      path: '/admin/practice-mailboxes/M85001',
      cached: [[practiceMailboxKey('M85001'), MAILBOX]],
    });
    const text = textOf(html);
    expect(text).toContain('Practice mailbox – Riverside Surgery (M85001)');
    expect(html).toContain('value="M85001OT001"');
    expect(text).toContain('Remove this mailbox');
    expect(html).not.toContain('id="odsCode"');
  });
});

describe('GP record deliveries', () => {
  it('lists documents by state, with the reason and "Send again" for those that can be resent', () => {
    const failed = {
      ...gpDocument({
        id: '6a0c0000-0000-4000-8000-000000000099',
        state: 'failed',
        lastError: 'Mailbox unknown',
        resendable: true,
        deliveredAt: null,
        failedAt: '2026-12-07T12:30:00.000Z',
      }),
      pcnName: 'Riverside PCN',
    };
    const delivered = { ...gpDocument(), pcnName: 'Riverside PCN' };
    const data: GpDocumentPage = pageOf([failed, delivered]);
    const html = renderWith(createElement(GpDeliveriesPage), { me: admin, cached: [[gpDocumentsKey('', 1), data]] });
    const text = textOf(html);
    expect(html).toContain('<h1>GP record deliveries</h1>');
    expect(html).toContain('<strong aria-current="page">Every state</strong>');
    expect(html).toContain('href="/admin/gp-deliveries?state=failed"');
    // Times are shown in the reader's own time zone.
    expect(text).toMatch(
      /Failed Failed on 7 December 2026 at \d\d:\d\d Mailbox unknown Send again the document for Riverside Surgery \(M85001\)/,
    );
    expect(text).toMatch(/Delivered Delivered 7 December 2026 at \d\d:\d\d/);
    expect(text.match(/Send again/g)).toHaveLength(1);
    expect(text).toContain(failed.id);
  });

  it('filters by the state in the address and says when none is in it', () => {
    const html = renderWith(createElement(GpDeliveriesPage), {
      me: admin,
      path: '/admin/gp-deliveries?state=failed',
      cached: [[gpDocumentsKey('failed', 1), pageOf([])]],
    });
    expect(html).toContain('<strong aria-current="page">Failed</strong>');
    expect(textOf(html)).toContain('No document has failed.');
  });
});
