import type { CompetencyFramework } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { buildCompletionRequest, emptyCompletion } from './completion-values.ts';
import { buildCourseRequest, valuesFromCourse } from './course-values.ts';
import { buildSelfAssessmentRequest } from './self-assessment-values.ts';

const ID = '0190f5c4-6a4b-7cc1-9d2e-2f0a6b1c3d4e';

describe('the course editor', () => {
  it('asks whether a new course is required', () => {
    const checked = buildCourseRequest({ ...valuesFromCourse(null), title: 'Safeguarding adults level 2' });
    expect(checked.ok ? [] : checked.issues.map((issue) => issue.path)).toEqual(['required']);
  });

  it('reads months to renew as a whole number, or none', () => {
    const values = { ...valuesFromCourse(null), title: 'Safeguarding', required: 'yes' as const };
    const renews = buildCourseRequest({ ...values, renewEveryMonths: ' 12 ' });
    expect(renews.ok && renews.data.renewEveryMonths).toBe(12);
    const never = buildCourseRequest(values);
    expect(never.ok && never.data.renewEveryMonths).toBeNull();
    expect(buildCourseRequest({ ...values, renewEveryMonths: 'twelve' }).ok).toBe(false);
  });
});

describe('recording a completed course', () => {
  it('asks for each field in order, with the date boxes’ own message', () => {
    const checked = buildCompletionRequest({ ...emptyCompletion(''), completedOn: { day: '30', month: '2', year: '2026' } });
    expect(checked.ok ? [] : checked.issues).toEqual([
      { path: 'courseId', message: 'Choose the course you completed' },
      { path: 'completedOn', message: 'The date you completed it must be a real date' },
      expect.objectContaining({ path: 'evidence' }),
    ]);
  });

  it('builds the request', () => {
    const checked = buildCompletionRequest({
      courseId: ID,
      completedOn: { day: '15', month: '3', year: '2026' },
      evidence: 'Certificate 1234',
    });
    expect(checked).toEqual({ ok: true, data: { courseId: ID, completedOn: '2026-03-15', evidence: 'Certificate 1234' } });
  });
});

describe('a self-assessment', () => {
  const framework = {
    id: ID,
    competencies: [
      { id: 'listening', area: 'Conversations', statement: 'I listen well' },
      { id: 'goal-setting', area: 'Conversations', statement: 'I help people set goals' },
    ],
  } as CompetencyFramework;

  it('names each competency left unrated', () => {
    expect(buildSelfAssessmentRequest(framework, { listening: '3' })).toEqual({
      ok: false,
      issues: [{ path: 'ratings.goal-setting', message: 'Rate yourself for "I help people set goals"' }],
    });
  });

  it('sends the ratings as numbers', () => {
    const checked = buildSelfAssessmentRequest(framework, { listening: '3', 'goal-setting': '4' });
    expect(checked).toEqual({ ok: true, data: { frameworkId: ID, ratings: { listening: 3, 'goal-setting': 4 } } });
  });
});
