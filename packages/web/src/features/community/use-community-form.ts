import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { Checked } from '../../api/form-issues.ts';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { communityIssues, issuesOnFields, movingIssues } from './community-issues.ts';

/** What an editor form hands its page to send: a new record's request, or the changes to one. */
export type CommunitySave<Create, Update> = { mode: 'create'; request: Create } | { mode: 'update'; request: Update };

/** What the page gives an editor form (posts, events, resources). */
export interface CommunityFormProps<Values, Save> {
  initial: Values;
  mode: 'create' | 'update';
  /** Sends the save; a rejection is shown on the form, and what was typed stays. */
  onSave: (save: Save) => Promise<unknown>;
  /** The page's heading, placed below the error summary so the summary comes first on the page. */
  intro?: ReactNode;
}

interface CommunityFormOptions<Values extends FieldValues, Request> {
  initial: Values;
  /** The form's fields in page order, for the error summary. */
  fieldOrder: readonly string[];
  toRequest: (values: Values) => Checked<Request>;
  onSubmit: (request: Request) => Promise<unknown>;
}

/**
 * Kith's form mechanism as the community editors (posts, events, resources) use it: a problem
 * with one part of a field (`tags.2`) shows beside the field itself, and the community's
 * refusals ("Only community editors can …") are shown in the server's own words.
 */
export function useCommunityForm<Values extends FieldValues, Request>({
  initial,
  fieldOrder,
  toRequest,
  onSubmit,
}: CommunityFormOptions<Values, Request>) {
  const onFields = (issues: Parameters<typeof issuesOnFields>[0]) => issuesOnFields(issues, fieldOrder);
  return useKithForm({
    defaultValues: initial,
    fieldOrder,
    toRequest: (values) => movingIssues(toRequest(values), onFields),
    issuesFor: (error) => onFields(communityIssues(error)),
    onSubmit,
  });
}

/** A checked request as the save an editor page sends (`{ mode, request }`). */
export function asSave<Mode extends 'create' | 'update', Request>(
  mode: Mode,
  checked: Checked<Request>,
): Checked<{ mode: Mode; request: Request }> {
  return checked.ok ? { ok: true, data: { mode, request: checked.data } } : checked;
}

/**
 * A community action taken with one press and no fields (publish a draft, cancel an event, save a
 * favourite): sent through the same form mechanism, so a refusal shows in the error summary in
 * the community's own words.
 */
export function useCommunityAction(act: () => Promise<unknown>) {
  return useKithForm({
    defaultValues: {},
    fieldOrder: [],
    toRequest: () => ({ ok: true, data: null }),
    issuesFor: communityIssues,
    onSubmit: act,
  });
}
