import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server for tests: every message it receives, parsed, in arrival order. */
export interface TestSmtpServer {
  /** `smtp://127.0.0.1:<port>`, for KITH_SMTP_URL or nodemailer. */
  url: string;
  messages: ParsedMail[];
  /** The first message (already received or still to come) matching `pred`; rejects after `timeoutMs`. */
  waitFor(pred: (mail: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

/**
 * Starts an SMTP server on a free local port. No TLS and no authentication (nodemailer only
 * upgrades when the server offers STARTTLS, which this one does not), so Kith's outbox sender
 * talks to it exactly as to a real relay.
 */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const messages: ParsedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  const waitFor = (pred: (mail: ParsedMail) => boolean, timeoutMs = 5000): Promise<ParsedMail> =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = messages.find(pred);
        if (!found) return false;
        clearTimeout(timer);
        waiters.delete(wake);
        resolve(found);
        return true;
      };
      const wake = () => void check();
      const timer = setTimeout(() => {
        waiters.delete(wake);
        reject(new Error(`No matching email within ${timeoutMs} ms (${messages.length} received)`));
      }, timeoutMs);
      waiters.add(wake);
      check();
    });

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
