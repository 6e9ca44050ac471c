import type { CarePlan } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { buildSavePlanRequest, newAction, newGoal, planToForm } from './care-plan-values.ts';

const action = { id: 'a1', text: 'Call the allotment society', owner: 'Jane', dueDate: '2026-06-01', done: false };

const saved: CarePlan = {
  referralId: '5d7e8f90-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
  version: 3,
  whatMatters: 'Getting back to the allotment',
  goals: [{ id: 'g1', text: 'Go to the allotment each week' }],
  actions: [action],
  reviewDate: '2026-07-15',
  updatedAt: '2026-05-01T10:00:00.000Z',
  updatedByName: 'Lina Link',
};

describe('the care plan editor', () => {
  it('round-trips a saved plan, keeping ids and sending the version it started from', () => {
    const result = buildSavePlanRequest(planToForm(saved), saved.version);
    expect(result).toEqual({
      ok: true,
      data: {
        baseVersion: 3,
        whatMatters: saved.whatMatters,
        goals: saved.goals,
        actions: saved.actions,
        reviewDate: '2026-07-15',
      },
    });
  });

  it('shows a saved date in day, month and year boxes', () => {
    expect(planToForm(saved).reviewDate).toEqual({ day: '15', month: '7', year: '2026' });
  });

  it('lists empty goals and actions, and unreal dates, in the order of the fields', () => {
    const values = planToForm({ ...saved, goals: [], actions: [] });
    values.goals.push(newGoal('g2'));
    values.actions.push({ ...newAction('a2'), dueDate: { day: '31', month: '2', year: '2026' } });
    values.reviewDate = { day: '1', month: '', year: '2026' };
    const result = buildSavePlanRequest(values, 3);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: 'goals.0.text', message: 'Write the goal' },
      { path: 'actions.0.text', message: 'Describe the action' },
      { path: 'actions.0.owner', message: 'Say who will do it' },
      { path: 'actions.0.dueDate', message: 'Due date must be a real date' },
      { path: 'reviewDate', message: 'Review date must include a month' },
    ]);
  });

  it('allows a plan with no review date and undated actions', () => {
    const values = planToForm({ ...saved, reviewDate: null, actions: [{ ...action, dueDate: null }] });
    const result = buildSavePlanRequest(values, 3);
    expect(result.ok && result.data.reviewDate).toBeNull();
    expect(result.ok && result.data.actions[0]?.dueDate).toBeNull();
  });
});
