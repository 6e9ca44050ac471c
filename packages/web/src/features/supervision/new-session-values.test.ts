import { describe, expect, it } from 'vitest';
import { buildSessionRequest, EMPTY_SESSION, shownSupervisor } from './new-session-values.ts';

const ME = '5d7e8f90-1a2b-4c3d-8e4f-5a6b7c8d9e0f';
const THEM = '6e8f9001-2b3c-4d4e-9f50-6b7c8d9e0f1a';
const PCN = '7f900112-3c4d-4e5f-a061-7c8d9e0f1a2b';

describe('recording a supervision session', () => {
  it('makes me the supervisor until someone is chosen, unless I am the supervisee', () => {
    expect(shownSupervisor({ supervisorUserId: '', superviseeUserId: THEM }, ME)).toBe(ME);
    expect(shownSupervisor({ supervisorUserId: '', superviseeUserId: ME }, ME)).toBe('');
    expect(shownSupervisor({ supervisorUserId: THEM, superviseeUserId: ME }, ME)).toBe(THEM);
  });

  it('lists the problems top to bottom, the date in words', () => {
    const result = buildSessionRequest(
      { ...EMPTY_SESSION, heldOn: { day: '31', month: '2', year: '2026' } },
      { pcnId: PCN, myId: ME },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(['type', 'heldOn', 'superviseeUserId']);
  });

  it('sends one other attendee a line, and me as the supervisor', () => {
    const result = buildSessionRequest(
      {
        ...EMPTY_SESSION,
        type: 'peer',
        heldOn: { day: '15', month: '3', year: '2026' },
        superviseeUserId: THEM,
        otherAttendees: ' Sam \n\nAlex',
      },
      { pcnId: PCN, myId: ME },
    );
    expect(result.ok && result.data).toMatchObject({
      pcnId: PCN,
      heldOn: '2026-03-15',
      supervisorUserId: ME,
      superviseeUserId: THEM,
      otherAttendees: ['Sam', 'Alex'],
    });
  });
});
