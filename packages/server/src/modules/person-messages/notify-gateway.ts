import { NotifyClient } from 'notifications-node-client';
import type { NotifyConfig } from '../../config.ts';

/**
 * What the send and status jobs need of GOV.UK Notify, behind the official client
 * (`notifications-node-client`). Kith keeps its own wording (admin-edited templates), so each
 * channel goes through one generic Notify template: `((body))` for text messages,
 * `((subject))` and `((body))` for email (docs/person-messages.md).
 */
export interface NotifyGateway {
  sendSms(phoneNumber: string, body: string, reference: string): Promise<{ id: string }>;
  sendEmail(emailAddress: string, subject: string, body: string, reference: string): Promise<{ id: string }>;
  /** Notify's status of a notification, and when it reached it (when Notify says). */
  status(notifyId: string): Promise<{ status: string; at: string | null }>;
}

/** Notify's answer could not be had, with whether trying again later may help. */
export class NotifyError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'NotifyError';
  }
}

/** Long enough for Notify, short enough not to hold the job's transaction open for long. */
const REQUEST_TIMEOUT_MS = 10_000;

/** The gateway from configuration, or null without a key: messages then wait as queued. */
export function notifyGatewayFrom(config: NotifyConfig): NotifyGateway | null {
  const { apiKey, smsTemplateId, emailTemplateId } = config;
  if (!apiKey || !smsTemplateId || !emailTemplateId) return null;
  const client = new NotifyClient(config.baseUrl, apiKey);
  return {
    async sendSms(phoneNumber, body, reference) {
      const response = await call(() => client.sendSms(smsTemplateId, phoneNumber, { personalisation: { body }, reference }));
      return { id: response.data.id };
    },
    async sendEmail(emailAddress, subject, body, reference) {
      const response = await call(() =>
        client.sendEmail(emailTemplateId, emailAddress, { personalisation: { subject, body }, reference }),
      );
      return { id: response.data.id };
    },
    async status(notifyId) {
      const { data } = await call(() => client.getNotificationById(notifyId));
      return { status: data.status, at: data.completed_at ?? data.sent_at ?? null };
    },
  };
}

/**
 * Runs one call with a time limit and turns its failure into a {@link NotifyError} that says
 * what Notify answered. A 400 (a number Notify will not text, a missing field) will fail the same
 * way every time; a 5xx, 429, 403 (a key being fixed) or no answer may not.
 */
async function call<T>(request: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NotifyError('GOV.UK Notify did not answer in time', true)), REQUEST_TIMEOUT_MS);
  });
  try {
    return await Promise.race([request(), timeout]);
  } catch (error) {
    throw toNotifyError(error);
  } finally {
    clearTimeout(timer);
  }
}

interface NotifyErrorBody {
  status_code?: number;
  errors?: { error?: string; message?: string }[];
}

function toNotifyError(error: unknown): NotifyError {
  if (error instanceof NotifyError) return error;
  const response = (error as { response?: { status?: number; data?: NotifyErrorBody } }).response;
  if (response?.status) {
    const said = (response.data?.errors ?? []).map((e) => [e.error, e.message].filter(Boolean).join(': ')).join('; ');
    return new NotifyError(
      `GOV.UK Notify answered ${response.status}${said ? `: ${said}` : ''}`.slice(0, 500),
      response.status !== 400,
    );
  }
  const code = (error as { code?: string }).code;
  return new NotifyError(`GOV.UK Notify could not be reached${code ? ` (${code})` : ''}`, true);
}
