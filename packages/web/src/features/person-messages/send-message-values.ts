import { SendPersonMessageRequest } from '@kith/shared';
import { type Checked, validateWith } from '../../api/form-issues.ts';

/** The fields in the order the form shows them. */
export const SEND_MESSAGE_FIELDS = ['message'] as const;

export interface SendMessageFormValues {
  message: string;
}

export const EMPTY_SEND_MESSAGE: SendMessageFormValues = { message: '' };

/** A free-text message, checked with the server's schema (the free text template wraps it). */
export function buildSendMessageRequest(values: SendMessageFormValues): Checked<SendPersonMessageRequest> {
  return validateWith(SendPersonMessageRequest, { templateKey: 'free_text', message: values.message });
}
