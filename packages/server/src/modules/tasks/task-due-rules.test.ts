import { ukToday } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import {
  acknowledgementDueOn,
  addDays,
  contactDueOn,
  dueGroup,
  isOverdue,
  isSnoozed,
  isWithinShowAhead,
  londonDay,
  matchesDueFilter,
  DEFAULT_TASK_DUE_POLICY as policy,
} from './task-due-rules.ts';
import { taskOfSupervision, tasksOfCase } from './task-generators.ts';
import type { CaseSource } from './task-source-repository.ts';

describe('task due rules', () => {
  it('adds calendar days across month ends and the clock change', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('takes the London day of an instant: 23:30 UTC in summer is the next day', () => {
    expect(londonDay(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(londonDay(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
  });

  it('agrees with Intl for every half hour of a year, clock-change nights included', () => {
    for (let ms = Date.parse('2026-01-01T00:15:00Z'); ms < Date.parse('2027-01-01T00:00:00Z'); ms += 1_800_000) {
      const instant = new Date(ms);
      if (londonDay(instant) !== ukToday(instant)) expect(londonDay(instant), instant.toISOString()).toBe(ukToday(instant));
    }
    expect(londonDay(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
    expect(londonDay(new Date('2026-10-24T23:30:00Z'))).toBe('2026-10-25');
    expect(londonDay(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-25');
  });

  it('is overdue only when open and due before today', () => {
    expect(isOverdue('2026-05-01', 'open', '2026-05-02')).toBe(true);
    expect(isOverdue('2026-05-02', 'open', '2026-05-02')).toBe(false);
    expect(isOverdue('2026-05-01', 'done', '2026-05-02')).toBe(false);
  });

  it('hides a snoozed task until its day, then shows it again', () => {
    expect(isSnoozed('2026-05-03', '2026-05-02')).toBe(true);
    expect(isSnoozed('2026-05-02', '2026-05-02')).toBe(false);
    expect(isSnoozed(null, '2026-05-02')).toBe(false);
  });

  it('groups by due day and filters by the due choices', () => {
    expect(dueGroup('2026-05-01', '2026-05-02')).toBe('overdue');
    expect(dueGroup('2026-05-02', '2026-05-02')).toBe('today');
    expect(dueGroup('2026-05-09', '2026-05-02')).toBe('upcoming');
    expect(matchesDueFilter('2026-05-08', '2026-05-02', 'week')).toBe(true);
    expect(matchesDueFilter('2026-05-09', '2026-05-02', 'week')).toBe(false);
    expect(matchesDueFilter('2026-05-01', '2026-05-02', 'week')).toBe(false);
    expect(matchesDueFilter('2026-05-01', '2026-05-02', 'overdue')).toBe(true);
  });

  it('dues the first contact after allocation and the next after the last contact', () => {
    expect(contactDueOn({ allocatedOn: '2026-05-01', lastContactOn: null }, policy)).toBe('2026-05-08');
    expect(contactDueOn({ allocatedOn: '2026-05-01', lastContactOn: '2026-05-04' }, policy)).toBe('2026-05-18');
  });

  it('counts the acknowledgement window in England business days', () => {
    // Sent Thursday 24 December 2026: Christmas, the weekend, Boxing Day (substitute Monday 28th) and
    // New Year's Day do not count, so the five days are 29, 30, 31 December and 4, 5 January.
    expect(acknowledgementDueOn(new Date('2026-12-24T10:00:00Z'), policy)).toBe('2027-01-05');
  });

  it('shows generated tasks a week ahead', () => {
    expect(isWithinShowAhead('2026-05-09', '2026-05-02', policy)).toBe(true);
    expect(isWithinShowAhead('2026-05-10', '2026-05-02', policy)).toBe(false);
  });
});

describe('task generators', () => {
  const source: CaseSource = {
    referralId: '11111111-1111-4111-8111-111111111111',
    organisationId: '22222222-2222-4222-8222-222222222222',
    personId: '33333333-3333-4333-8333-333333333333',
    givenName: 'Ada',
    familyName: 'Lovelace',
    status: 'active',
    lastContactAt: new Date('2026-05-01T10:00:00Z'),
    createdAt: new Date('2026-04-01T10:00:00Z'),
    allocatedAt: new Date('2026-04-02T10:00:00Z'),
    activeAt: new Date('2026-04-10T10:00:00Z'),
    reviewDate: '2026-05-05',
    actions: [{ id: 'Act 1/ä', text: 'x'.repeat(200), owner: 'Ada', dueDate: '2026-05-04', done: false }],
    hasBaseline: true,
    hasDischargeMeasure: false,
    lastReviewMeasureAt: null,
  };

  it('gives each task a key the API accepts, naming the case but never more than a line of text', () => {
    const tasks = tasksOfCase(source, '2026-05-02', policy);
    expect(tasks.map((t) => t.kind)).toEqual(['contact_due', 'review_due', 'plan_action']);
    for (const task of tasks) expect(task.sourceKey).toMatch(/^[a-z_]+:[0-9a-f-]{36}(:[0-9a-z_-]{1,40})*$/);
    expect(tasks[2]?.title.length).toBeLessThan(100);
  });

  it('asks for the review measure from the review date unless one was taken in the fortnight before', () => {
    const onReviewDay = tasksOfCase(source, '2026-05-05', policy).filter((t) => t.kind === 'measure_due');
    expect(onReviewDay).toHaveLength(1);
    const taken = { ...source, lastReviewMeasureAt: new Date('2026-04-25T10:00:00Z') };
    expect(tasksOfCase(taken, '2026-05-05', policy).filter((t) => t.kind === 'measure_due')).toEqual([]);
  });

  it('asks for supervision only when the supervision module says it is due', () => {
    const pcnId = '44444444-4444-4444-8444-444444444444';
    expect(taskOfSupervision({ pcnId, lastSessionOn: '2026-04-10' }, '2026-05-02', policy)).toBeNull();
    expect(taskOfSupervision({ pcnId, lastSessionOn: '2026-04-04' }, '2026-05-02', policy)?.dueOn).toBe('2026-05-02');
    expect(taskOfSupervision({ pcnId, lastSessionOn: null }, '2026-05-02', policy)?.dueOn).toBe('2026-05-02');
  });
});
