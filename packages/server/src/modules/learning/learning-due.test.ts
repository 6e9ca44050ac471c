import { describe, expect, it } from 'vitest';
import { addMonths, type CourseForDue, dueCourses } from './learning-due.ts';

const course = (id: string, overrides: Partial<CourseForDue> = {}): CourseForDue => ({
  id,
  title: id,
  required: true,
  active: true,
  renewEveryMonths: null,
  ...overrides,
});

describe('learning due', () => {
  it('adds calendar months, keeping to the end of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-05-10', 36)).toBe('2026-05-10');
    expect(addMonths('2025-11-15', 2)).toBe('2026-01-15');
  });

  it('a required course never completed is due now; optional and retired courses never are', () => {
    const due = dueCourses(
      [course('a'), course('b', { required: false }), course('c', { active: false })],
      new Map(),
      '2025-06-01',
    );
    expect(due).toEqual([{ courseId: 'a', title: 'a', status: 'due', dueOn: null, lastCompletedOn: null }]);
  });

  it('a completed course without renewal is never due again', () => {
    expect(dueCourses([course('a')], new Map([['a', '2015-01-01']]), '2025-06-01')).toEqual([]);
  });

  it('a renewable course is overdue after its interval and due within a month of it', () => {
    const courses = [course('a', { renewEveryMonths: 12 })];
    expect(dueCourses(courses, new Map([['a', '2024-06-01']]), '2025-06-01')[0]).toMatchObject({
      status: 'overdue',
      dueOn: '2025-06-01',
    });
    expect(dueCourses(courses, new Map([['a', '2024-06-20']]), '2025-06-01')[0]).toMatchObject({
      status: 'due',
      dueOn: '2025-06-20',
    });
    expect(dueCourses(courses, new Map([['a', '2024-12-01']]), '2025-06-01')).toEqual([]);
  });
});
