import type { MessageBack } from '@kith/shared';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MessageBackView } from '../referrals/message-back-view.tsx';
import { textOf } from './gp-record-test-render.ts';
import { NOT_VERIFIED_NOTE } from './snomed-verified-tag.tsx';

const MESSAGE: MessageBack = {
  referralId: '6a0c0000-0000-4000-8000-0000000000aa',
  letter: {
    toOrganisation: 'Riverside Surgery',
    referrerName: 'Dr A Example',
    personDateOfBirth: '1950-01-01',
    linkWorkerName: 'Sam Worker',
    pcnName: 'Riverside PCN',
  },
  personName: 'Alex Synthetic',
  nhsNumber: null,
  ending: 'declined',
  whatHappened: 'Alex chose not to take up social prescribing.',
  outcome: 'declined',
  reason: 'Not wanted now',
  summary: '',
  measureChanges: [],
  servicesConnected: [],
  snomedCodes: [
    { code: '871711000000103', term: 'Social prescribing declined (situation)', verified: true, use: 'declined' },
    { code: '1000001000000100', term: 'A code still to be checked', verified: false, use: 'declined' },
  ],
  endedAt: '2026-12-07T12:00:00.000Z',
  dischargedAt: null,
};

/** The table row of one code, as text. */
function rowOf(html: string, code: string): string {
  const row = html.split('<tr').find((candidate) => candidate.includes(code)) ?? '';
  return textOf(`<tr${row.split('</tr>')[0]}`);
}

describe('codes in the message back', () => {
  it('marks an unverified code "Not verified: not sent to the GP record", and a verified one not', () => {
    const html = renderToStaticMarkup(createElement(MessageBackView, { message: MESSAGE }));
    expect(rowOf(html, '1000001000000100')).toBe(`1000001000000100 A code still to be checked ${NOT_VERIFIED_NOTE}`);
    expect(rowOf(html, '871711000000103')).toBe('871711000000103 Social prescribing declined (situation)');
    expect(NOT_VERIFIED_NOTE).toBe('Not verified: not sent to the GP record');
    expect(textOf(html)).toContain('A code marked not verified has not been confirmed by an administrator yet');
  });

  it('says nothing about verification when every code is verified', () => {
    const verified = { ...MESSAGE, snomedCodes: MESSAGE.snomedCodes.filter((code) => code.verified) };
    const html = renderToStaticMarkup(createElement(MessageBackView, { message: verified }));
    expect(html).not.toContain('Not verified');
    expect(html).not.toContain('not confirmed');
  });
});
