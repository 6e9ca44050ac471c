import type { FieldError, FieldErrors, FieldValues } from 'react-hook-form';
import type { FormIssue } from '../../api/form-issues.ts';

/**
 * Where react-hook-form keeps problems with the form as a whole (issue path ''): under `root`,
 * which it clears itself at the start of every submit.
 */
export const FORM_WIDE_ERROR = 'root.form';

/** The react-hook-form name an issue is stored under. */
export function errorNameFor(path: string): string {
  return path === '' ? FORM_WIDE_ERROR : path;
}

function isFieldError(value: unknown): value is FieldError {
  return typeof value === 'object' && value !== null && typeof (value as FieldError).message === 'string';
}

/**
 * Issues (shared-schema and server paths such as `person.postcode` or `goals.0.title`) as the
 * nested error object react-hook-form keeps. The first message for a path wins, so a form's own,
 * friendlier message listed before the schema's is the one shown.
 */
export function issuesToFieldErrors<V extends FieldValues>(issues: readonly FormIssue[]): FieldErrors<V> {
  const errors: Record<string, unknown> = {};
  for (const issue of issues) {
    const parts = errorNameFor(issue.path).split('.');
    let node = errors;
    for (const [index, part] of parts.entries()) {
      if (index === parts.length - 1) {
        if (!(part in node)) node[part] = { type: 'validation', message: issue.message };
        break;
      }
      const next = node[part];
      // A message already given for a parent path (`reasons`) keeps it; children join it.
      if (typeof next !== 'object' || next === null) node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
  }
  return errors as FieldErrors<V>;
}

/**
 * The nested error object flattened back into issues, in the order the fields appear on the
 * form (`fieldOrder`); problems with the whole form come first, unknown paths last.
 */
export function fieldErrorsToIssues<V extends FieldValues>(errors: FieldErrors<V>, fieldOrder: readonly string[]): FormIssue[] {
  const found: FormIssue[] = [];
  const walk = (node: unknown, path: string) => {
    if (typeof node !== 'object' || node === null) return;
    if (isFieldError(node) && node.message) {
      found.push({ path: path === 'root' || path.startsWith('root.') ? '' : path, message: node.message });
    }
    for (const [key, child] of Object.entries(node)) {
      // `ref`, `type` and `message` describe the error itself, not a nested field.
      if (key === 'ref' || key === 'type' || key === 'message' || key === 'types') continue;
      walk(child, path === '' ? key : `${path}.${key}`);
    }
  };
  walk(errors, '');
  const rank = (path: string) => {
    if (path === '') return -1;
    const index = fieldOrder.indexOf(path);
    return index === -1 ? fieldOrder.length : index;
  };
  return found.sort((a, b) => rank(a.path) - rank(b.path));
}

/** The message to show beside one field, looked up by its issue path. */
export function errorMessageAt<V extends FieldValues>(errors: FieldErrors<V>, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of errorNameFor(path).split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return isFieldError(node) && node.message ? node.message : undefined;
}
