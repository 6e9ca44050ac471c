import type { GpDocumentState, MessageBack } from '@kith/shared';
import { z } from 'zod';
import type { RequestContext } from '../../access/actor.ts';
import type { Tx } from '../../db/client.ts';
import { buildGpDocumentBundle } from '../../interop/fhir/gp-document/gp-document-bundle.ts';
import type { GpDocumentFacts } from '../../interop/fhir/gp-document/gp-document-facts.ts';
import { enqueueJob, type JobHandler, type JobRow } from '../../jobs/job-queue.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { findSenders } from '../care/episode-repository.ts';
import { buildMessageBack } from '../care/message-back.ts';
import { dischargeLetter } from '../letters/discharge-letter.ts';
import { renderLetterPdf } from '../letters/letter-layout.ts';
import { insertLetter } from '../letters/letter-repository.ts';
import type { ReferralRow } from '../referrals/referral-access.ts';
import { findReferral } from '../referrals/referral-repository.ts';
import {
  type DocumentPerson,
  findDocumentPerson,
  findLetterContent,
  findOrganisationIdentity,
  findReasonLabels,
} from './gp-document-facts-repository.ts';
import { GP_DOCUMENT_SEND_JOB, sendJobKey } from './gp-document-queue.ts';
import { type GpDocumentRow, lockGpDocument, updateGpDocument } from './gp-document-repository.ts';
import { findMailboxForOdsCode } from './practice-mailboxes/practice-mailbox-repository.ts';

const Payload = z.object({ documentId: z.uuid(), generation: z.number().int().min(0) });

export const MESH_NOT_CONFIGURED =
  'MESH is not configured (KITH_MESH_URL and the mailbox settings), so the document waits here and is sent once it is.';

export function jobContext(job: JobRow): RequestContext {
  return { actor: null, requestId: `job:${job.id}` };
}

/**
 * The prepare job: gathers the document's facts (the message back, the person, their registered
 * practice, the PCN and the link worker), makes the discharge letter's PDF once and keeps it with
 * the person's letters, builds the FHIR Bundle, and addresses it: no practice, no mailbox (the
 * letter is there to print), or queued with its send job. Runs again for each resend (a new
 * generation), re-reading the practice and the mailbox directory. Idempotent: a document no
 * longer preparing this generation is left alone.
 */
export function gpDocumentPreparer(options: { meshConfigured: boolean }): JobHandler {
  return async (tx, job, now) => {
    const { documentId, generation } = Payload.parse(job.payload);
    const document = await lockGpDocument(tx, documentId);
    if (document?.state !== 'preparing' || document.sendGeneration !== generation) return;
    try {
      // A savepoint: if building fails, nothing of it (a letter) is kept.
      await tx.transaction((inner) => prepare(inner, job, document, { ...options, now }));
    } catch (error) {
      // The job queue retries; at the last attempt the document says it failed instead of
      // staying "preparing" for ever, and an admin can resend it once the cause is fixed.
      if (job.attempts < job.maxAttempts) throw error;
      await updateGpDocument(tx, documentId, {
        state: 'failed',
        failedAt: now,
        lastError: `The document could not be built (${error instanceof Error ? error.name : 'unknown error'}): resend it once the cause is fixed.`,
        updatedAt: now,
      });
    }
  };
}

async function prepare(
  tx: Tx,
  job: JobRow,
  document: GpDocumentRow,
  { meshConfigured, now }: { meshConfigured: boolean; now: Date },
): Promise<void> {
  const { id: documentId, sendGeneration: generation } = document;
  const referral = await findReferral(tx, document.referralId);
  if (!referral) throw new Error('The GP document has no referral');
  const person = await findDocumentPerson(tx, referral.personId);
  if (!person) throw new Error('The referral has no person');
  const messageBack = await buildMessageBack(tx, referral);
  const practice = person.registeredPracticeId ? await findOrganisationIdentity(tx, person.registeredPracticeId) : undefined;
  const letterId = document.letterId ?? (await makeLetter(tx, job, referral, messageBack, now));
  const letter = await findLetterContent(tx, letterId);
  const facts = await gatherFacts(tx, {
    document,
    referral,
    person,
    messageBack,
    // A practice without an ODS code cannot be named in the GP record.
    practice: practice?.odsCode ? { odsCode: practice.odsCode, name: practice.name } : null,
    letter: letter ?? null,
    now,
  });
  const bundle = buildGpDocumentBundle(facts);

  const address = await addressOf(tx, practice, meshConfigured);
  await updateGpDocument(tx, documentId, {
    state: address.state,
    practiceOrganisationId: practice?.id ?? null,
    practiceOdsCode: practice?.odsCode ?? null,
    mailboxId: address.mailboxId,
    bundle,
    letterId,
    lastError: address.reason,
    updatedAt: now,
  });
  if (address.state === 'queued') {
    // Without MESH no worker claims the send job: it waits, and runs once MESH is configured.
    await enqueueJob(tx, {
      kind: GP_DOCUMENT_SEND_JOB,
      payload: { documentId, generation, attempt: 1 },
      runAt: now,
      dedupeKey: sendJobKey(documentId, generation, 1),
    });
  }
  await recordAudit(tx, jobContext(job), {
    action: 'update',
    recordType: 'gp_document',
    recordId: documentId,
    detail: { state: address.state, generation, odsCode: practice?.odsCode ?? null },
  });
}

interface Address {
  state: Extract<GpDocumentState, 'no_practice' | 'no_mailbox' | 'queued'>;
  mailboxId: string | null;
  reason: string | null;
}

/** Where the document goes: the practice's MESH mailbox, or why it cannot go anywhere. */
async function addressOf(
  tx: Tx,
  practice: { name: string; odsCode: string | null } | undefined,
  meshConfigured: boolean,
): Promise<Address> {
  if (!practice) {
    return {
      state: 'no_practice',
      mailboxId: null,
      reason: 'The person has no registered GP practice in Kith: add it to their record, then resend, or print the letter.',
    };
  }
  if (!practice.odsCode) {
    return {
      state: 'no_practice',
      mailboxId: null,
      reason: `The person's practice, ${practice.name}, has no ODS code in Kith: add it, then resend, or print the letter.`,
    };
  }
  const mailbox = await findMailboxForOdsCode(tx, practice.odsCode);
  if (!mailbox) {
    return {
      state: 'no_mailbox',
      mailboxId: null,
      reason: `${practice.name} (${practice.odsCode}) has no MESH mailbox in the practice mailbox directory: print the letter and send it, or add the mailbox and resend.`,
    };
  }
  return { state: 'queued', mailboxId: mailbox.mailboxId, reason: meshConfigured ? null : MESH_NOT_CONFIGURED };
}

/** The discharge letter (the message back as a letter), made and kept once per document. */
async function makeLetter(tx: Tx, job: JobRow, referral: ReferralRow, messageBack: MessageBack, now: Date): Promise<string> {
  const content = dischargeLetter(messageBack);
  const pdf = await renderLetterPdf(content, { organisationName: messageBack.letter.pcnName, madeAt: now, largePrint: false });
  const id = await insertLetter(tx, {
    organisationId: referral.organisationId,
    personId: referral.personId,
    referralId: referral.id,
    appointmentId: null,
    kind: 'discharge',
    largePrint: false,
    title: content.title,
    pdf,
    byteLength: pdf.byteLength,
    createdBy: null,
    createdAt: now,
  });
  await recordAudit(tx, jobContext(job), {
    action: 'create',
    recordType: 'letter',
    recordId: id,
    detail: { kind: 'discharge', largePrint: false, byteLength: pdf.byteLength, gpDocument: true },
  });
  return id;
}

async function gatherFacts(
  tx: Tx,
  input: {
    document: GpDocumentRow;
    referral: ReferralRow;
    person: DocumentPerson;
    messageBack: MessageBack;
    practice: GpDocumentFacts['practice'];
    letter: GpDocumentFacts['letter'];
    now: Date;
  },
): Promise<GpDocumentFacts> {
  const { document, referral, person } = input;
  const pcn = await findOrganisationIdentity(tx, referral.organisationId);
  const senders = await findSenders(tx, referral);
  return {
    documentId: document.id,
    generatedAt: input.now,
    messageBack: input.messageBack,
    person: {
      id: person.id,
      nhsNumber: person.nhsNumber,
      givenName: person.givenName,
      familyName: person.familyName,
      dateOfBirth: person.dateOfBirth,
      sex: person.sex,
    },
    practice: input.practice,
    pcn: { id: referral.organisationId, name: pcn?.name ?? senders.pcnName, odsCode: pcn?.odsCode ?? null },
    author: { userId: referral.assignedWorkerId, name: senders.linkWorkerName },
    referral: {
      id: referral.id,
      receivedAt: referral.createdAt,
      reasons: await findReasonLabels(tx, referral.reasons),
      referrerName: referral.referrerName,
      referrerOrganisation: referral.referrerOrganisation,
    },
    letter: input.letter,
  };
}
