import { useState } from 'react';
import { type FormIssue, orderIssues, type validateWith } from '../../api/form-issues.ts';
import { communityIssues, issuesOnFields } from './community-issues.ts';

/** What an editor form hands its page to send: a new record's request, or the changes to one. */
export type CommunitySave<Create, Update> = { mode: 'create'; request: Create } | { mode: 'update'; request: Update };

/** What the page gives an editor form (posts, events, resources). */
export interface CommunityFormProps<Values, Save> {
  initial: Values;
  mode: 'create' | 'update';
  pending: boolean;
  onSave: (save: Save) => Promise<unknown>;
}

/** A request checked against its shared schema. */
type Checked<T> = ReturnType<typeof validateWith<T>>;

/**
 * What the community editors (posts, events, resources) share: the values being typed, the
 * problems shown beside the fields in the form's order, and saving. What was typed stays in the
 * form when a save fails; the server's reasons (a 400 names the field) show beside it.
 */
export function useCommunityForm<Values>(initial: Values, fieldOrder: readonly string[]) {
  const [values, setValues] = useState(initial);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const set = (change: Partial<Values>) => setValues({ ...values, ...change });
  const showIssues = (found: FormIssue[]) => setIssues(orderIssues(issuesOnFields(found, fieldOrder), fieldOrder));

  /**
   * Saves a checked request, or shows why it cannot be saved: the form's own problems (rules the
   * schema cannot check) first, then the schema's.
   */
  const save = async <T>(checked: Checked<T>, onValid: (request: T) => Promise<unknown>, own: FormIssue[] = []) => {
    if (!checked.ok || own.length > 0) {
      showIssues([...own, ...(checked.ok ? [] : checked.issues)]);
      return;
    }
    setIssues([]);
    try {
      await onValid(checked.data);
    } catch (error) {
      showIssues(communityIssues(error));
    }
  };

  return { values, set, issues, save };
}
