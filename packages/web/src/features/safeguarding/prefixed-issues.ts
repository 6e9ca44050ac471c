import type { FormIssue } from '../../api/form-issues.ts';

/**
 * Field ids carry a prefix (`concern-category`) so a form can sit on a page with other forms: the
 * schema's and the server's paths for the form's own fields gain it, others are left as they are.
 * Issues come back in the order of `fields`, then the rest.
 */
export function prefixIssues(issues: readonly FormIssue[], prefix: string, fields: readonly string[]): FormIssue[] {
  const prefixed = issues.map((issue) => (fields.includes(issue.path) ? { ...issue, path: `${prefix}.${issue.path}` } : issue));
  const rank = (path: string) => {
    const index = fields.findIndex((field) => `${prefix}.${field}` === path);
    return index === -1 ? fields.length : index;
  };
  return prefixed.sort((a, b) => rank(a.path) - rank(b.path));
}
