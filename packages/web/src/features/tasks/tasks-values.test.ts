import { describe, expect, it } from 'vitest';
import { buildTaskRequest, dayAfter, EMPTY_TASK } from './tasks-values.ts';

const ME = '5d7e8f90-1a2b-4c3d-8e4f-5a6b7c8d9e0f';
const THEM = '6e8f9001-2b3c-4d4e-9f50-6b7c8d9e0f1a';
const CASE = '7f900112-3c4d-4e5f-a061-7c8d9e0f1a2b';

describe('adding a task', () => {
  it('asks for a title and a due date, top to bottom', () => {
    const result = buildTaskRequest(EMPTY_TASK, { myId: ME });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(['title', 'dueOn']);
    expect(result.issues[1]?.message).toBe('Enter the date the task is due');
  });

  it('refuses a date that does not exist, in words', () => {
    const result = buildTaskRequest(
      { ...EMPTY_TASK, title: 'Ring the surgery', dueOn: { day: '31', month: '2', year: '2026' } },
      { myId: ME },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([{ path: 'dueOn', message: 'The due date must be a real date' }]);
  });

  it('sends a task for me about no one as nulls, and a colleague and a case when chosen', () => {
    const mine = buildTaskRequest(
      { ...EMPTY_TASK, title: ' Ring the surgery ', dueOn: { day: '5', month: '3', year: '2026' } },
      { myId: ME },
    );
    expect(mine.ok && mine.data).toEqual({
      title: 'Ring the surgery',
      dueOn: '2026-03-05',
      referralId: null,
      assigneeUserId: null,
    });
    const theirs = buildTaskRequest(
      { title: 'Cover the drop-in', dueOn: { day: '5', month: '3', year: '2026' }, referralId: CASE, assigneeUserId: THEM },
      { myId: ME },
    );
    expect(theirs.ok && theirs.data).toMatchObject({ referralId: CASE, assigneeUserId: THEM });
    const meChosen = buildTaskRequest(
      { ...EMPTY_TASK, title: 'x', dueOn: { day: '5', month: '3', year: '2026' }, assigneeUserId: ME },
      { myId: ME },
    );
    expect(meChosen.ok && meChosen.data.assigneeUserId).toBeNull();
  });

  it('snoozes until the next calendar day, across the year end', () => {
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
  });
});
