import { type TrainingCourse, TrainingCourseInput } from '@kith/shared';
import { type Checked, validateWith } from '../../api/form-issues.ts';

/** The course editor as typed: yes/no answers as the radios hold them ('' until chosen). */
export interface CourseFormValues {
  title: string;
  description: string;
  provider: string;
  url: string;
  required: '' | 'yes' | 'no';
  renewEveryMonths: string;
  active: 'yes' | 'no';
}

/** The course editor's fields, top to bottom. */
export const COURSE_FIELD_ORDER = ['title', 'description', 'provider', 'url', 'required', 'renewEveryMonths', 'active'] as const;

/** The editor's starting values: the course to edit, or an empty course (in the catalogue) to add. */
export function valuesFromCourse(course: TrainingCourse | null): CourseFormValues {
  return {
    title: course?.title ?? '',
    description: course?.description ?? '',
    provider: course?.provider ?? '',
    url: course?.url ?? '',
    required: course ? (course.required ? 'yes' : 'no') : '',
    renewEveryMonths: course?.renewEveryMonths ? String(course.renewEveryMonths) : '',
    active: course?.active === false ? 'no' : 'yes',
  };
}

/**
 * Checks the course editor with the shared schema and builds the course to save. Months that are
 * not a whole number are sent as NaN, so the schema names the problem in its own words.
 */
export function buildCourseRequest(values: CourseFormValues): Checked<TrainingCourseInput> {
  const renew = values.renewEveryMonths.trim();
  return validateWith(TrainingCourseInput, {
    title: values.title,
    description: values.description,
    provider: values.provider,
    url: values.url,
    required: values.required === '' ? undefined : values.required === 'yes',
    renewEveryMonths: renew === '' ? null : /^\d+$/.test(renew) ? Number(renew) : Number.NaN,
    active: values.active === 'yes',
  });
}
