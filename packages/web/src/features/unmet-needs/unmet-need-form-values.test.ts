import { describe, expect, it } from 'vitest';
import { buildUnmetNeedRequest } from './unmet-need-form-values.ts';

const PERSON = '5e3d0000-0000-4000-8000-0000000000cc';
const TERM = '5e3d0000-0000-4000-8000-000000000010';

describe('the unmet need form', () => {
  it('sends the need, area, reason and note for the person', () => {
    expect(buildUnmetNeedRequest(PERSON, { needTermId: TERM, area: ' BW1 ', reason: 'too_far', note: '' })).toEqual({
      ok: true,
      data: { personId: PERSON, needTermId: TERM, area: 'BW1', reason: 'too_far', note: '' },
    });
  });

  it('says in words what is missing, in the order of the form', () => {
    const result = buildUnmetNeedRequest(PERSON, { needTermId: '', area: '', reason: '', note: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: 'needTermId', message: 'Choose the need' },
      { path: 'area', message: 'Enter the area' },
      { path: 'reason', message: 'Choose why the need could not be met' },
    ]);
  });
});
