import { type CompetencyFramework, SelfAssessmentRequest } from '@kith/shared';
import { type Checked, validateWith } from '../../api/form-issues.ts';

/** A rating per competency id, as the radios hold it ('1' to '4'; absent until chosen). */
export type RatingValues = Record<string, string>;

/** The issue path of one competency's rating: its radios' id is `ratings-<competency id>`. */
export function ratingPath(competencyId: string): string {
  return `ratings.${competencyId}`;
}

/**
 * Checks a self-assessment: every competency rated (naming each one left out, as the server
 * does), then the shared schema; builds `POST /api/learning/self-assessments`.
 */
export function buildSelfAssessmentRequest(
  framework: CompetencyFramework,
  ratings: RatingValues,
): Checked<SelfAssessmentRequest> {
  const missing = framework.competencies.filter((competency) => !ratings[competency.id]);
  if (missing.length > 0) {
    return {
      ok: false,
      issues: missing.map((competency) => ({
        path: ratingPath(competency.id),
        message: `Rate yourself for "${competency.statement}"`,
      })),
    };
  }
  return validateWith(SelfAssessmentRequest, {
    frameworkId: framework.id,
    ratings: Object.fromEntries(Object.entries(ratings).map(([id, value]) => [id, Number(value)])),
  });
}
