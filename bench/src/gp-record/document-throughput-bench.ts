import { buildGpDocumentBundle } from '@kith/server/interop/fhir/gp-document/gp-document-bundle.ts';
import type { GpDocumentFacts } from '@kith/server/interop/fhir/gp-document/gp-document-facts.ts';
import { MeshClient } from '@kith/server/interop/mesh/mesh-client.ts';
import {
  DEMO_KITH_MESH_MAILBOX,
  DEMO_MESH_MAILBOXES,
  DEMO_MESH_SHARED_KEY,
  DEMO_PRACTICE_MESH_MAILBOXES,
} from '@kith/server/modules/demo-data/demo-gp-record.ts';
import { GP_DOCUMENT_CONTENT_TYPE, GP_DOCUMENT_SUBJECT } from '@kith/server/modules/gp-record/gp-document-send-job.ts';
import { validateFhirResource } from '../../../packages/server/test/fhir-validation.ts';
import { startLocalMeshServer } from '../../../packages/server/test/mesh-server/mesh-server.ts';
import { median, ratio, roundTo } from '../support/statistics.ts';
import { type DocumentTemplate, documentRound, documentTemplates } from './gp-document-set.ts';
import { GP_RECORD_SETTINGS } from './gp-record-settings.ts';

/**
 * Documents per second built, validated and delivered to a local MESH server, against the same
 * documents built alone. No database: this is the document's own cost (builder, validator, MESH
 * client and HTTP), what the prepare and send jobs add on top of their SQL.
 */

type Side = 'build' | 'validate' | 'deliver';
const SIDES: readonly Side[] = ['build', 'validate', 'deliver'];

export interface DocumentThroughput {
  documentsPerRound: number;
  rounds: number;
  /** Bytes of one document as sent (JSON), per variant: context for the MESH side. */
  bytesPerDocument: { min: number; max: number };
  letterPdfBytes: { min: number; max: number };
  /** Documents per second, per round, in the order run. */
  perRound: Record<Side, number[]>;
  p50DocumentsPerSecond: Record<Side, number>;
  /** p50 ÷ the build-alone p50: below 1 is how many fewer documents per second. */
  ratio: { validate: number | null; deliver: number | null };
  /** Messages the practice's mailbox holds afterwards: every delivered document, once. */
  practiceInbox: number;
  delivered: number;
}

const practice = DEMO_PRACTICE_MESH_MAILBOXES[0];

async function timed(work: () => Promise<number>): Promise<number> {
  const started = performance.now();
  const documents = await work();
  return documents / ((performance.now() - started) / 1000);
}

export async function measureDocumentThroughput(progress: (line: string) => void): Promise<DocumentThroughput> {
  const settings = GP_RECORD_SETTINGS.documents;
  if (!practice) throw new Error('the demo has no practice mailbox');
  const templates = await documentTemplates();
  const mesh = await startLocalMeshServer({
    sharedKey: DEMO_MESH_SHARED_KEY,
    mailboxes: [...DEMO_MESH_MAILBOXES],
    // The practice takes what it is sent, as the delivery figure's does.
    autoAcknowledgeAfterMs: 0,
  });
  try {
    const client = new MeshClient({
      url: mesh.url,
      mailboxId: DEMO_KITH_MESH_MAILBOX.id,
      password: DEMO_KITH_MESH_MAILBOX.password,
      sharedKey: DEMO_MESH_SHARED_KEY,
      // Kith's default (KITH_MESH_CHUNK_BYTES): a document travels in one chunk.
      chunkBytes: 20 * 1024 * 1024,
    });
    await client.handshake();
    let delivered = 0;

    const build = async (round: GpDocumentFacts[]) => {
      // Repeat the round until the clock can see it; documents per second either way.
      let documents = 0;
      const started = performance.now();
      do {
        for (const facts of round) buildGpDocumentBundle(facts);
        documents += round.length;
      } while (performance.now() - started < settings.minimumBuildMs);
      return documents;
    };
    const validate = async (round: GpDocumentFacts[]) => {
      for (const facts of round) checkValid(facts, buildGpDocumentBundle(facts));
      return round.length;
    };
    const deliver = async (round: GpDocumentFacts[]) => {
      for (const facts of round) {
        const bundle = buildGpDocumentBundle(facts);
        checkValid(facts, bundle);
        // As the send job does: ask MESH for the local id first (exactly once), then send.
        if ((await client.trackByLocalId(facts.documentId)) !== null) throw new Error('MESH already had a fresh local id');
        await client.send({
          to: practice.id,
          workflowId: 'GPFED_CONSULT_REPORT',
          localId: facts.documentId,
          subject: GP_DOCUMENT_SUBJECT,
          fileName: `${facts.documentId}.json`,
          contentType: GP_DOCUMENT_CONTENT_TYPE,
          body: Buffer.from(JSON.stringify(bundle), 'utf8'),
        });
        delivered += 1;
      }
      return round.length;
    };
    const run: Record<Side, (round: GpDocumentFacts[]) => Promise<number>> = { build, validate, deliver };

    progress(`documents: one untimed round per side (${settings.perRound} documents; loads the FHIR definitions)`);
    for (const side of SIDES) await run[side](documentRound(templates, settings.perRound));
    const perRound: Record<Side, number[]> = { build: [], validate: [], deliver: [] };
    for (let r = 0; r < settings.rounds; r++) {
      // Rotate which side goes first, so a drift in the machine's load falls on each in turn.
      const order = SIDES.map((_, i) => SIDES[(i + r) % SIDES.length] as Side);
      for (const side of order) {
        const round = documentRound(templates, settings.perRound);
        perRound[side].push(roundTo(await timed(() => run[side](round)), 1));
      }
      progress(
        `documents: round ${r + 1}/${settings.rounds}: ${SIDES.map((side) => `${side} ${perRound[side].at(-1)}/s`).join(', ')}`,
      );
    }
    const p50 = {
      build: roundTo(median(perRound.build), 1),
      validate: roundTo(median(perRound.validate), 1),
      deliver: roundTo(median(perRound.deliver), 1),
    };
    const inbox = await mesh.inbox(practice.id);
    if (inbox.length !== delivered)
      throw new Error(`the practice's mailbox holds ${inbox.length} messages, ${delivered} were sent`);
    const sizes = templates.map((t) => Buffer.byteLength(JSON.stringify(buildGpDocumentBundle(t.facts)), 'utf8'));
    const pdfs = templates.map((t: DocumentTemplate) => t.facts.letter?.pdf.byteLength ?? 0);
    return {
      documentsPerRound: settings.perRound,
      rounds: settings.rounds,
      bytesPerDocument: { min: Math.min(...sizes), max: Math.max(...sizes) },
      letterPdfBytes: { min: Math.min(...pdfs), max: Math.max(...pdfs) },
      perRound,
      p50DocumentsPerSecond: p50,
      ratio: {
        validate: roundOrNull(ratio(p50.validate, p50.build)),
        deliver: roundOrNull(ratio(p50.deliver, p50.build)),
      },
      practiceInbox: inbox.length,
      delivered,
    };
  } finally {
    await mesh.close();
  }
}

/** A document the validator faults would make every figure meaningless: stop the run. */
function checkValid(facts: GpDocumentFacts, bundle: Parameters<typeof validateFhirResource>[0]): void {
  const issues = validateFhirResource(bundle);
  if (issues.length > 0) {
    throw new Error(`the ${facts.messageBack.ending} document is not valid FHIR R4:\n  ${issues.slice(0, 10).join('\n  ')}`);
  }
}

function roundOrNull(value: number | null): number | null {
  return value === null ? null : roundTo(value, 4);
}
