import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for GOV.UK Notify, for tests only: the three endpoints Kith uses —
 * `POST /v2/notifications/sms`, `POST /v2/notifications/email`, `GET /v2/notifications/{id}` —
 * with Notify's documented authentication (a JWT, HS256, signed with the API key's secret and
 * issued by the service id, no more than 30 seconds old), request checks, response shapes and
 * error bodies (`{ status_code, errors: [{ error, message }] }`). It records what it is sent and
 * lets a test move a notification on (delivered, permanent-failure…), as Notify's own
 * delivery receipts would.
 */

export type NotifyStatus =
  | 'created'
  | 'sending'
  | 'pending'
  | 'sent'
  | 'delivered'
  | 'permanent-failure'
  | 'temporary-failure'
  | 'technical-failure';

export interface RecordedNotification {
  id: string;
  type: 'sms' | 'email';
  templateId: string;
  /** The phone number or email address, as sent. */
  to: string;
  personalisation: Record<string, string>;
  reference: string | null;
  /** The template filled with the personalisation, as Notify would send it. */
  body: string;
  subject: string | null;
  status: NotifyStatus;
  createdAt: string;
  sentAt: string | null;
  completedAt: string | null;
}

export interface LocalNotifyServer {
  /** Base URL to give the client (`KITH_NOTIFY_URL`). */
  url: string;
  /** A valid key for this server (`KITH_NOTIFY_API_KEY`). */
  apiKey: string;
  serviceId: string;
  /** The generic templates: text `((body))`, email `((subject))` / `((body))`. */
  smsTemplateId: string;
  emailTemplateId: string;
  /** Every notification accepted, oldest first. */
  messages: RecordedNotification[];
  /** Moves a notification on, as a delivery receipt would. */
  setStatus(id: string, status: NotifyStatus): void;
  /** Answers the next `count` requests with `statusCode` (Notify having a bad day). */
  failNext(count: number, statusCode: number): void;
  /** Resolves with the first recorded notification matching `predicate`, or rejects after `ms`. */
  waitFor(predicate: (message: RecordedNotification) => boolean, ms?: number): Promise<RecordedNotification>;
  close(): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FINAL: readonly NotifyStatus[] = ['delivered', 'permanent-failure', 'temporary-failure', 'technical-failure', 'sent'];
const CLOCK_SKEW_SECONDS = 30;
const SMS_LIMIT = 918;

class NotifyHttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startLocalNotifyServer(): Promise<LocalNotifyServer> {
  const serviceId = randomUUID();
  const secret = randomUUID();
  const apiKey = `kith_test-${serviceId}-${secret}`;
  const smsTemplateId = randomUUID();
  const emailTemplateId = randomUUID();
  const messages: RecordedNotification[] = [];
  let failures: { count: number; statusCode: number } = { count: 0, statusCode: 500 };
  let baseUrl = '';

  const templates = new Map<string, { type: 'sms' | 'email'; subject: string | null; body: string }>([
    [smsTemplateId, { type: 'sms' as const, subject: null, body: '((body))' }],
    [emailTemplateId, { type: 'email' as const, subject: '((subject))', body: '((body))' }],
  ]);

  function authenticate(request: IncomingMessage): void {
    const header = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) {
      throw new NotifyHttpError(401, 'AuthError', 'Unauthorized: authentication token must be provided');
    }
    const [head, claims, signature, ...rest] = header.slice('Bearer '.length).split('.');
    if (!head || !claims || !signature || rest.length > 0)
      throw new NotifyHttpError(403, 'AuthError', 'Invalid token: not a JWT');
    const headerJson = decodeSegment(head);
    const claimsJson = decodeSegment(claims);
    if (headerJson?.alg !== 'HS256') throw new NotifyHttpError(403, 'AuthError', 'Invalid token: algorithm used is not HS256');
    if (claimsJson?.iss !== serviceId) throw new NotifyHttpError(403, 'AuthError', 'Invalid token: service not found');
    const expected = createHmac('sha256', secret).update(`${head}.${claims}`).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new NotifyHttpError(403, 'AuthError', 'Invalid token: API key not found');
    }
    const issuedAt = claimsJson.iat;
    if (typeof issuedAt !== 'number' || Math.abs(Date.now() / 1000 - issuedAt) > CLOCK_SKEW_SECONDS) {
      throw new NotifyHttpError(403, 'AuthError', 'Error: Your system clock must be accurate to within 30 seconds');
    }
  }

  function send(type: 'sms' | 'email', body: unknown): object {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new NotifyHttpError(400, 'BadRequestError', 'Invalid JSON supplied in POST data');
    }
    const fields = body as Record<string, unknown>;
    const recipientField = type === 'sms' ? 'phone_number' : 'email_address';
    const allowed = [
      recipientField,
      'template_id',
      'personalisation',
      'reference',
      type === 'sms' ? 'sms_sender_id' : 'email_reply_to_id',
    ];
    for (const key of Object.keys(fields)) {
      if (!allowed.includes(key)) throw validation(`Additional properties are not allowed (${key} was unexpected)`);
    }
    const to = fields[recipientField];
    if (typeof to !== 'string') throw validation(`${recipientField} is a required property`);
    if (typeof fields.template_id !== 'string') throw validation('template_id is a required property');
    if (!UUID.test(fields.template_id)) throw validation('template_id is not a valid UUID');
    if (fields.reference !== undefined && typeof fields.reference !== 'string')
      throw validation('reference is not of type string');
    const personalisation = fields.personalisation ?? {};
    if (typeof personalisation !== 'object' || personalisation === null || Array.isArray(personalisation)) {
      throw validation('personalisation is not of type object');
    }
    if (type === 'sms' && !isUkMobile(to)) throw validation('phone_number Not a UK mobile number');
    if (type === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(to)) throw validation('email_address Not a valid email address');
    const template = templates.get(fields.template_id);
    if (!template) throw new NotifyHttpError(400, 'BadRequestError', 'Template not found');
    if (template.type !== type) {
      throw new NotifyHttpError(400, 'BadRequestError', `${template.type} template is not suitable for ${type} notification`);
    }
    const values = Object.fromEntries(Object.entries(personalisation).map(([k, v]) => [k, String(v)]));
    const text = fill(template.body, values);
    const subject = template.subject === null ? null : fill(template.subject, values);
    if (type === 'sms' && text.length > SMS_LIMIT) {
      throw new NotifyHttpError(
        400,
        'BadRequestError',
        `Text messages cannot be longer than ${SMS_LIMIT} characters. Your message is ${text.length} characters long.`,
      );
    }
    const id = randomUUID();
    const reference = typeof fields.reference === 'string' ? fields.reference : null;
    messages.push({
      id,
      type,
      templateId: fields.template_id,
      to,
      personalisation: values,
      reference,
      body: text,
      subject,
      status: 'created',
      createdAt: new Date().toISOString(),
      sentAt: null,
      completedAt: null,
    });
    const templateRef = {
      id: fields.template_id,
      version: 1,
      uri: `${baseUrl}/services/${serviceId}/templates/${fields.template_id}`,
    };
    const content =
      type === 'sms'
        ? { body: text, from_number: 'GOVUK' }
        : { subject, body: text, from_email: 'kith.test@notifications.service.gov.uk', one_click_unsubscribe_url: null };
    return { id, reference, content, uri: `${baseUrl}/v2/notifications/${id}`, template: templateRef, scheduled_for: null };
  }

  function fill(template: string, values: Record<string, string>): string {
    return template.replace(/\(\(([^()]+)\)\)/g, (_, name: string) => {
      if (!(name in values)) throw new NotifyHttpError(400, 'BadRequestError', `Missing personalisation: ${name}`);
      return values[name] ?? '';
    });
  }

  function notification(id: string): object {
    if (!UUID.test(id)) throw validation('notification_id is not a valid UUID');
    const found = messages.find((m) => m.id === id);
    if (!found) throw new NotifyHttpError(404, 'NoResultFound', 'No result found');
    return {
      id: found.id,
      reference: found.reference,
      email_address: found.type === 'email' ? found.to : null,
      phone_number: found.type === 'sms' ? found.to : null,
      line_1: null,
      line_2: null,
      line_3: null,
      line_4: null,
      line_5: null,
      line_6: null,
      line_7: null,
      postage: null,
      type: found.type,
      status: found.status,
      template: { id: found.templateId, version: 1, uri: `${baseUrl}/v2/template/${found.templateId}/version/1` },
      body: found.body,
      subject: found.subject,
      created_at: found.createdAt,
      created_by_name: null,
      sent_at: found.sentAt,
      completed_at: found.completedAt,
      scheduled_for: null,
      one_click_unsubscribe: null,
      is_cost_data_ready: true,
      cost_in_pounds: 0,
      cost_details: found.type === 'sms' ? { billable_sms_fragments: 1, international_rate_multiplier: 1, sms_rate: 0 } : {},
    };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request);
    try {
      if (failures.count > 0) {
        failures = { ...failures, count: failures.count - 1 };
        throw new NotifyHttpError(failures.statusCode, 'Exception', 'Internal server error');
      }
      authenticate(request);
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const sendMatch = /^\/v2\/notifications\/(sms|email)$/.exec(path);
      if (request.method === 'POST' && sendMatch) {
        let body: unknown;
        try {
          body = JSON.parse(raw);
        } catch {
          throw new NotifyHttpError(400, 'BadRequestError', 'Invalid JSON supplied in POST data');
        }
        return reply(response, 201, send(sendMatch[1] as 'sms' | 'email', body));
      }
      const getMatch = /^\/v2\/notifications\/([^/]+)$/.exec(path);
      if (request.method === 'GET' && getMatch) return reply(response, 200, notification(decodeURIComponent(getMatch[1] ?? '')));
      throw new NotifyHttpError(404, 'NotFound', 'The requested URL was not found on the server.');
    } catch (error) {
      const failure = error instanceof NotifyHttpError ? error : new NotifyHttpError(500, 'Exception', 'Internal server error');
      reply(response, failure.statusCode, {
        status_code: failure.statusCode,
        errors: [{ error: failure.error, message: failure.message }],
      });
    }
  }

  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    apiKey,
    serviceId,
    smsTemplateId,
    emailTemplateId,
    messages,
    setStatus(id, status) {
      const found = messages.find((m) => m.id === id);
      if (!found) throw new Error(`No notification ${id}`);
      const now = new Date().toISOString();
      found.status = status;
      if (status !== 'created') found.sentAt ??= now;
      found.completedAt = FINAL.includes(status) ? now : null;
    },
    failNext(count, statusCode) {
      failures = { count, statusCode };
    },
    async waitFor(predicate, ms = 5000) {
      const until = Date.now() + ms;
      for (;;) {
        const found = messages.find(predicate);
        if (found) return found;
        if (Date.now() > until) throw new Error(`No notification matched within ${ms} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function validation(message: string): NotifyHttpError {
  return new NotifyHttpError(400, 'ValidationError', message);
}

function decodeSegment(segment: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** UK mobiles as Notify takes them: 07…, +447…, 00447…, 447…, spaces and punctuation ignored. */
function isUkMobile(phone: string): boolean {
  const digits = phone.replace(/[\s()\-.]/g, '').replace(/^(\+44|0044|44)(?=7)/, '0');
  return /^07\d{9}$/.test(digits);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function reply(response: ServerResponse, statusCode: number, body: object): void {
  response.writeHead(statusCode, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
