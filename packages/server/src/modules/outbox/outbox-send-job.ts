import nodemailer from 'nodemailer';
import { z } from 'zod';
import type { EmailConfig } from '../../config.ts';
import type { JobHandler } from '../../jobs/job-queue.ts';
import { findOutboxEmail, markOutboxEmailFailed, markOutboxEmailSent } from './outbox-repository.ts';

const Payload = z.object({ emailId: z.uuid() });

/** What the job needs of a mail transport (nodemailer's, or a fake in tests). */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

/**
 * The send job. Idempotent on `sentAt`: an email already sent is not sent again. A failure is
 * retried by the queue with backoff; after the last attempt the error is written on the email,
 * so the admin's outbox shows it failed instead of it vanishing.
 */
export function outboxSender(transport: MailTransport, from: string): JobHandler {
  return async (tx, job, now) => {
    const { emailId } = Payload.parse(job.payload);
    const email = await findOutboxEmail(tx, emailId);
    if (!email || email.sentAt) return;
    try {
      await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.textBody });
    } catch (error) {
      if (job.attempts < job.maxAttempts) throw error;
      const message = error instanceof Error ? error.message : String(error);
      await markOutboxEmailFailed(tx, emailId, message);
      return;
    }
    await markOutboxEmailSent(tx, emailId, now);
  };
}

/** The SMTP sender from configuration, or null when no SMTP server is configured. */
export function smtpOutboxSender(email: EmailConfig): JobHandler | null {
  if (!email.smtpUrl) return null;
  return outboxSender(nodemailer.createTransport(email.smtpUrl), email.from);
}
