import { type MessageTemplate, UpdateMessageTemplateRequest, unknownPlaceholders } from '@kith/shared';
import { type Checked, type FormIssue, orderIssues, validateWith } from '../../api/form-issues.ts';

/** The fields in the order the form shows them. */
export const TEMPLATE_FIELDS = ['subject', 'body'] as const;

export interface TemplateFormValues {
  subject: string;
  body: string;
}

export function templateFormValues(template: MessageTemplate): TemplateFormValues {
  return { subject: template.subject ?? '', body: template.body };
}

const listed = (names: readonly string[]) => names.map((n) => `((${n}))`).join(', ');

/**
 * New wording, checked as the server checks it: the shared schema, then only the placeholders
 * this template may use (in the subject, the service's name only: subjects carry no personal data).
 */
export function buildTemplateRequest(
  template: MessageTemplate,
  values: TemplateFormValues,
): Checked<UpdateMessageTemplateRequest> {
  const email = template.channel === 'email';
  const own: FormIssue[] = [];
  const badSubject = email ? unknownPlaceholders(values.subject, template.subjectPlaceholders) : [];
  if (badSubject.length > 0) {
    own.push({
      path: 'subject',
      message: `${listed(badSubject)} cannot be used here. You can use: ${listed(template.subjectPlaceholders)}`,
    });
  }
  const badBody = unknownPlaceholders(values.body, template.placeholders);
  if (badBody.length > 0) {
    own.push({ path: 'body', message: `${listed(badBody)} cannot be used here. You can use: ${listed(template.placeholders)}` });
  }
  const checked = validateWith(UpdateMessageTemplateRequest, { subject: email ? values.subject : null, body: values.body });
  if (checked.ok && own.length === 0) return checked;
  return { ok: false, issues: orderIssues([...(checked.ok ? [] : checked.issues), ...own], TEMPLATE_FIELDS) };
}
