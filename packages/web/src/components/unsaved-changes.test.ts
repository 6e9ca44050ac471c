import { describe, expect, it } from 'vitest';
import { hasChanges, leavesPage } from './unsaved-changes.ts';

describe('unsaved changes', () => {
  it('holds back only a move to another page while there are changes', () => {
    const carePlan = { pathname: '/cases/1/care-plan' };
    expect(leavesPage(true, carePlan, { pathname: '/cases/1/contacts' })).toBe(true);
    expect(leavesPage(false, carePlan, { pathname: '/cases/1/contacts' })).toBe(false);
    expect(leavesPage(true, carePlan, { pathname: '/cases/1/care-plan' })).toBe(false);
  });

  it('compares what was typed with what was saved by content', () => {
    const saved = { whatMatters: 'Gardening', goals: [{ id: 'g1', text: 'Join the allotment' }] };
    expect(hasChanges({ ...saved, goals: [{ id: 'g1', text: 'Join the allotment' }] }, saved)).toBe(false);
    expect(hasChanges({ ...saved, whatMatters: 'Gardening and walking' }, saved)).toBe(true);
  });
});
