import { existsSync } from 'node:fs';
import { MeshClient } from '@kith/server/interop/mesh/mesh-client.ts';
import type { MeshInboxHeaders } from '@kith/server/interop/mesh/mesh-types.ts';
import {
  DEMO_KITH_MESH_MAILBOX,
  DEMO_MESH_MAILBOXES,
  DEMO_MESH_SHARED_KEY,
  DEMO_PRACTICE_MESH_MAILBOXES,
} from '@kith/server/modules/demo-data/demo-gp-record.ts';
import { readPdfText } from '@kith/server/modules/letters/pdf-text.test-support.ts';
import type { GpDocument, GpDocumentPage } from '@kith/shared';
import type { Bundle, DocumentReference, Patient } from '@medplum/fhirtypes';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFhirResource } from '../../packages/server/test/fhir-validation.ts';
import { type LocalMeshServer, startLocalMeshServer } from '../../packages/server/test/mesh-server/mesh-server.ts';
import { checkAccessibility } from '../support/axe-check.ts';
import { expectHeading, signIn } from '../support/journey-page.ts';
import { useKithJourney } from '../support/journey-setup.ts';
import { CHROMIUM_PATH } from '../support/launch-browser.ts';
import { followMenuLink, signOut } from '../support/site-menu.ts';
import { journeyViewports } from '../support/viewports.ts';

/**
 * The message back reaches the GP record (issue 16): a referral ends in the browser, Kith builds
 * the FHIR document and sends it through MESH — a local MESH server started here, with the demo's
 * mailboxes — and the journey plays the practice's system with Kith's own MESH client: it lists
 * the practice's inbox, downloads the document, validates it against FHIR R4 and acknowledges
 * it, after which the referral says "Delivered". A practice without a mailbox gets no document:
 * the panel says to print the letter, and once an administrator adds the mailbox, "Send again"
 * delivers it.
 */

const JOURNEY_TIMEOUT_MS = 240_000;
/** How long a document may take through the job worker and MESH (jobs and polls every second). */
const DELIVERY_TIMEOUT_MS = 30_000;
const POLL_MS = 250;

/** The demo practice every demo person is registered at, and its mailbox on the local MESH. */
const PRACTICE = 'Willow Lane Surgery (demo)';
const PRACTICE_ODS = 'Y9C01';
const PRACTICE_NAMED = `${PRACTICE} (${PRACTICE_ODS})`;
const PRACTICE_MAILBOX = mailboxOf(PRACTICE_ODS);

/** Demo referrals: an active case of the demo link worker, and two still waiting for triage. */
const DISCHARGED = 'Arthur Pennington';
const DECLINED = 'Harriet Ellwood';
const DECLINED_WITHOUT_MAILBOX = 'Tomasz Nowak';

/** The verified SNOMED CT concepts of the two endings here (migration 0017 seeds them verified). */
const TAKEN_UP = '871731000000106';
const SOCIAL_PRESCRIBING_DECLINED = '871711000000103';

const SNOMED = 'http://snomed.info/sct';
const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
const WORKFLOW_ID = 'GPFED_CONSULT_REPORT';

function mailboxOf(odsCode: string) {
  const mailbox = DEMO_PRACTICE_MESH_MAILBOXES.find((candidate) => candidate.odsCode === odsCode);
  if (!mailbox) throw new Error(`The demo has no MESH mailbox for ${odsCode}`);
  return mailbox;
}

/** A heading or name that ends with `text`, matched literally. */
function endsWith(text: string): RegExp {
  return new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** Reads `read` until `done` holds, every quarter second, or fails naming what it last saw. */
async function waitUntil<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(`Waited ${DELIVERY_TIMEOUT_MS / 1000} s for ${what}; last seen: ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** GETs `path` as the signed-in browser's session; the status and the JSON body. */
async function getJson<T>(page: Page, path: string): Promise<{ status: number; body: T }> {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    return { status: response.status, body: await response.json() };
  }, path);
}

/** The referral's GP document as the signed-in user reads it. */
async function gpDocument(page: Page, referralId: string): Promise<GpDocument> {
  const { status, body } = await getJson<GpDocument>(page, `/api/referrals/${referralId}/gp-document`);
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
}

/** Waits until the referral's GP document is in `state` (the jobs move it on by themselves). */
function documentInState(page: Page, referralId: string, state: GpDocument['state']): Promise<GpDocument> {
  return waitUntil(
    `the GP document of referral ${referralId} to be ${state}`,
    () => gpDocument(page, referralId),
    (document) => document.state === state,
  );
}

/** The "GP record" panel of the page (on the discharge, referral and message back pages). */
function gpRecordPanel(page: Page) {
  return page.getByRole('region', { name: 'GP record', exact: true });
}

/** The panel's state tag once it reads `label`. */
async function expectPanelState(page: Page, label: string): Promise<void> {
  await gpRecordPanel(page).locator('strong.nhsuk-tag').getByText(label, { exact: true }).waitFor();
}

async function expectSuccess(page: Page, message: string): Promise<void> {
  await page.locator('.nhsuk-notification-banner--success').getByText(message, { exact: true }).waitFor();
}

/** Fetches `href` with the browser's session and returns the bytes, checking the type. */
async function download(page: Page, href: string, type: string): Promise<Buffer> {
  const fetched = await page.evaluate(async (url) => {
    const response = await fetch(url);
    const bytes = new Uint8Array(await response.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return { status: response.status, type: response.headers.get('content-type') ?? '', base64: btoa(binary) };
  }, href);
  expect(fetched.status, href).toBe(200);
  expect(fetched.type).toContain(type);
  return Buffer.from(fetched.base64, 'base64');
}

/** A message the practice's system took from its MESH inbox. */
interface Collected {
  messageId: string;
  headers: MeshInboxHeaders;
  bundle: Bundle;
}

/**
 * The practice's GP system: Kith's own MESH client signed in as the practice's mailbox. Its inbox
 * also holds the demo's ended referrals (sent as Kith starts, never collected), so it picks the
 * message by its MESH local id, Kith's document id.
 */
class PracticeSystem {
  private readonly downloaded = new Map<string, { headers: MeshInboxHeaders; body: Buffer }>();
  constructor(private readonly mesh: MeshClient) {}

  async collect(localId: string): Promise<Collected> {
    const found = await waitUntil(
      `a message with local id ${localId} in ${PRACTICE_MAILBOX.id}'s inbox`,
      async () => {
        for (const messageId of await this.mesh.listInbox()) {
          let message = this.downloaded.get(messageId);
          if (!message) {
            message = await this.mesh.download(messageId);
            this.downloaded.set(messageId, message);
          }
          if (message.headers.localId === localId) return { messageId, ...message };
        }
        return null;
      },
      (message) => message !== null,
    );
    if (!found) throw new Error('unreachable');
    return { messageId: found.messageId, headers: found.headers, bundle: JSON.parse(found.body.toString('utf8')) as Bundle };
  }

  acknowledge(messageId: string): Promise<void> {
    return this.mesh.acknowledge(messageId);
  }
}

/** Every SNOMED CT code anywhere in the document. */
function snomedCodes(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(snomedCodes);
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = record.system === SNOMED && typeof record.code === 'string' ? [record.code] : [];
  return [...own, ...Object.values(record).flatMap(snomedCodes)];
}

/**
 * What the practice checks in what it received: MESH's headers (Kith's mailbox, the workflow, the
 * document id as the file name, nothing personal in the subject), a valid FHIR R4 document about
 * the right person, the verified codes of the ending, and the letter inside it.
 */
function checkReceived(
  received: Collected,
  expected: { documentId: string; nhsNumber: string; familyName: string; codes: string[]; notCodes: string[] },
): void {
  const { headers, bundle } = received;
  expect(headers.messageType).toBe('DATA');
  expect(headers.from).toBe(DEMO_KITH_MESH_MAILBOX.id);
  expect(headers.workflowId).toBe(WORKFLOW_ID);
  expect(headers.fileName).toBe(`${expected.documentId}.json`);
  for (const personal of [expected.familyName, expected.nhsNumber]) {
    expect(headers.subject ?? '', 'the MESH subject carries nothing personal').not.toContain(personal);
    expect(headers.fileName ?? '', 'the MESH file name carries nothing personal').not.toContain(personal);
  }

  expect(validateFhirResource(bundle), 'the document is valid FHIR R4').toEqual([]);
  expect(bundle.type).toBe('document');
  expect(JSON.stringify(bundle.identifier)).toContain(expected.documentId);
  expect(bundle.entry?.[0]?.resource?.resourceType).toBe('Composition');

  const resources = (bundle.entry ?? []).map((entry) => entry.resource);
  const patients = resources.filter((resource): resource is Patient => resource?.resourceType === 'Patient');
  expect(patients).toHaveLength(1);
  expect(patients[0]?.identifier).toContainEqual(
    expect.objectContaining({ system: NHS_NUMBER_SYSTEM, value: expected.nhsNumber }),
  );

  const codes = snomedCodes(bundle);
  for (const code of expected.codes) expect(codes, `the document codes ${code}`).toContain(code);
  for (const code of expected.notCodes) expect(codes, `the document must not code ${code}`).not.toContain(code);

  const letters = resources.filter((resource): resource is DocumentReference => resource?.resourceType === 'DocumentReference');
  const pdf = letters.flatMap((letter) => letter.content).find((content) => content.attachment.contentType === 'application/pdf');
  expect(pdf?.attachment.data, 'the letter travels inside the document').toBeTruthy();
  expect(readPdfText(Buffer.from(pdf?.attachment.data ?? '', 'base64')).text).toContain(expected.familyName);
}

/** The person on a referral as its reader sees them. */
async function personOf(page: Page, referralId: string): Promise<{ nhsNumber: string; familyName: string }> {
  const { status, body } = await getJson<{ person: { nhsNumber: string | null; familyName: string } }>(
    page,
    `/api/referrals/${referralId}`,
  );
  expect(status).toBe(200);
  expect(body.person.nhsNumber, 'demo people have NHS numbers').toBeTruthy();
  return { nhsNumber: (body.person.nhsNumber ?? '').replace(/\s/g, ''), familyName: body.person.familyName };
}

/** The supervisor opens a referral waiting for triage from the queue; returns its id. */
async function openFromQueue(page: Page, name: string): Promise<string> {
  await followMenuLink(page, 'Referral queue');
  await expectHeading(page, 'Referral queue');
  const received = page.getByRole('table', { name: /^Received: waiting for triage/ });
  await received.getByRole('link', { name, exact: true }).click();
  await expectHeading(page, new RegExp(name));
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/** The supervisor declines the referral on screen with `reason`. */
async function decline(page: Page, reason: string): Promise<void> {
  const form = page.getByRole('region', { name: 'End the referral', exact: true });
  await form.getByRole('group', { name: 'How does the referral end?' }).getByLabel('Declined', { exact: true }).check();
  await form.getByLabel('Why?', { exact: true }).fill(reason);
  await form.getByRole('button', { name: 'End the referral', exact: true }).click();
  await expectSuccess(page, 'The referral is now declined.');
  await gpRecordPanel(page).waitFor();
}

for (const viewport of journeyViewports(expect.getState().testPath ?? '')) {
  describe.skipIf(!existsSync(CHROMIUM_PATH))(
    `journey: the message back reaches the GP record through MESH (${viewport.name} ${viewport.width}×${viewport.height})`,
    () => {
      let mesh: LocalMeshServer | undefined;
      beforeAll(async () => {
        // No auto-acknowledge: the journey plays the practice's system itself.
        mesh = await startLocalMeshServer({
          sharedKey: DEMO_MESH_SHARED_KEY,
          mailboxes: DEMO_MESH_MAILBOXES.map((mailbox) => ({ ...mailbox })),
          autoAcknowledgeAfterMs: null,
        });
      });
      afterAll(async () => {
        await mesh?.close();
      });

      const running = useKithJourney(JOURNEY_TIMEOUT_MS, viewport, () => {
        if (!mesh) throw new Error('The local MESH server has not started');
        return {
          KITH_MESH_URL: mesh.url,
          KITH_MESH_MAILBOX_ID: DEMO_KITH_MESH_MAILBOX.id,
          KITH_MESH_PASSWORD: DEMO_KITH_MESH_MAILBOX.password,
          KITH_MESH_SHARED_KEY: DEMO_MESH_SHARED_KEY,
          // Jobs, and MESH tracking, every second rather than every half-minute and five minutes.
          KITH_MESH_POLL_SECONDS: '1',
          KITH_JOB_POLL_SECONDS: '1',
        };
      });

      it(
        'discharge → sent → practice collects and acknowledges → delivered; declined codes 871711000000103; no mailbox → print the letter → mailbox added → sent again',
        async () => {
          const { page, step, problems } = running.journey;
          const password = running.kith.adminPassword;
          const localMesh = mesh as LocalMeshServer;
          const practice = new PracticeSystem(
            new MeshClient({
              url: localMesh.url,
              mailboxId: PRACTICE_MAILBOX.id,
              password: PRACTICE_MAILBOX.password,
              sharedKey: localMesh.sharedKey,
              chunkBytes: 20 * 1024 * 1024,
            }),
          );
          let dischargedId = '';
          let declinedId = '';
          let unsentId = '';
          let unsent: GpDocument | undefined;
          let unsentPerson = { nhsNumber: '', familyName: '' };

          await step('the link worker discharges a case; the GP record panel shows the document on its way', async () => {
            await page.goto('/');
            await page.waitForURL('**/sign-in');
            await signIn(page, 'linkworker@kith.example', password);
            await expectHeading(page, 'Home');
            await followMenuLink(page, 'Your caseload');
            await expectHeading(page, 'Your caseload');
            await page
              .getByRole('table', { name: 'Your open cases' })
              .getByRole('link', { name: DISCHARGED, exact: true })
              .click();
            await expectHeading(page, /Contacts$/);
            dischargedId = new URL(page.url()).pathname.split('/').pop() ?? '';
            await page
              .getByRole('navigation', { name: 'Sections of this case' })
              .getByRole('link', { name: 'Discharge', exact: true })
              .click();
            await expectHeading(page, /Discharge$/);
            await page.getByLabel('Goals met', { exact: true }).check();
            await page.getByLabel('Why are they being discharged?').fill('He goes to the lunch club every week now.');
            await page.getByRole('button', { name: 'Continue', exact: true }).click();
            await page.getByRole('heading', { name: `Discharge ${DISCHARGED}?` }).waitFor();
            await page.getByRole('button', { name: 'Yes, discharge', exact: true }).click();
            await expectSuccess(page, `${DISCHARGED} has been discharged`);
            // Straight after the discharge the document is being prepared or already on its way.
            await gpRecordPanel(page)
              .locator('strong.nhsuk-tag')
              .getByText(/^(Preparing|Queued|Sent)$/)
              .waitFor();
            await checkAccessibility(page, 'discharge page with the GP record panel');
          });

          const dischargedPerson = await personOf(page, dischargedId);
          let dischargedDocument: GpDocument | undefined;
          await step('MESH accepts it: the panel says Sent, to the practice’s mailbox', async () => {
            dischargedDocument = await documentInState(page, dischargedId, 'sent');
            expect(dischargedDocument.mailboxId).toBe(PRACTICE_MAILBOX.id);
            expect(dischargedDocument.meshMessageId).toBeTruthy();
            await page.reload();
            await expectPanelState(page, 'Sent');
            const panel = gpRecordPanel(page);
            await panel.getByText(`Sent to ${PRACTICE_NAMED} through MESH`, { exact: false }).waitFor();
            await panel.getByText(PRACTICE_MAILBOX.id, { exact: true }).waitFor();
            await checkAccessibility(page, 'GP record panel: sent');
          });

          await step('the practice’s system collects a valid FHIR document and acknowledges it', async () => {
            const document = dischargedDocument as GpDocument;
            const received = await practice.collect(document.id);
            expect(received.messageId).toBe(document.meshMessageId);
            checkReceived(received, {
              documentId: document.id,
              ...dischargedPerson,
              codes: [TAKEN_UP],
              notCodes: [SOCIAL_PRESCRIBING_DECLINED],
            });
            // The document offered for download is the one the practice received.
            const link = gpRecordPanel(page).getByRole('link', {
              name: 'Download the FHIR document sent to the GP record (JSON)',
              exact: true,
            });
            const offered = await download(page, (await link.getAttribute('href')) ?? '', 'application/fhir+json');
            expect(JSON.parse(offered.toString('utf8'))).toEqual(received.bundle);
            await practice.acknowledge(received.messageId);
          });

          await step('the acknowledgement comes back: the panel says Delivered', async () => {
            await documentInState(page, dischargedId, 'delivered');
            await page.reload();
            await expectPanelState(page, 'Delivered');
            await gpRecordPanel(page).getByText(`Delivered: ${PRACTICE_NAMED}'s system collected it`, { exact: false }).waitFor();
            await checkAccessibility(page, 'GP record panel: delivered');
            await signOut(page);
          });

          await step('the supervisor declines a referral; its document codes social prescribing declined', async () => {
            await signIn(page, 'supervisor@kith.example', password);
            await expectHeading(page, 'Home');
            declinedId = await openFromQueue(page, DECLINED);
            await decline(page, 'She has joined a befriending scheme through her church instead.');
            const sent = await documentInState(page, declinedId, 'sent');
            const received = await practice.collect(sent.id);
            checkReceived(received, {
              documentId: sent.id,
              ...(await personOf(page, declinedId)),
              codes: [SOCIAL_PRESCRIBING_DECLINED],
              notCodes: [TAKEN_UP],
            });
            await practice.acknowledge(received.messageId);
            await documentInState(page, declinedId, 'delivered');
            await page.reload();
            await expectHeading(page, new RegExp(DECLINED));
            await expectPanelState(page, 'Delivered');
            await checkAccessibility(page, 'declined referral with its delivered GP document');
            await signOut(page);
          });

          await step('the administrator removes the practice’s mailbox, after reading the codes and the deliveries', async () => {
            await signIn(page, 'admin@kith.example', password);
            await expectHeading(page, 'Home');
            await page.goto('/admin/snomed-codes');
            await expectHeading(page, 'SNOMED CT codes');
            const codes = page.getByRole('table', { name: 'SNOMED CT codes', exact: true });
            await codes.getByRole('rowheader', { name: SOCIAL_PRESCRIBING_DECLINED, exact: true }).waitFor();
            await codes.getByRole('rowheader', { name: TAKEN_UP, exact: true }).waitFor();
            await checkAccessibility(page, 'SNOMED CT codes');

            await page.goto('/admin/gp-deliveries?state=delivered');
            await expectHeading(page, 'GP record deliveries');
            const delivered = page.getByRole('table', { name: 'GP record deliveries: delivered', exact: true });
            await delivered.getByText((dischargedDocument as GpDocument).id, { exact: true }).waitFor();
            await checkAccessibility(page, 'GP record deliveries: delivered');

            await page.goto('/admin/practice-mailboxes');
            await expectHeading(page, 'Practice mailboxes');
            await checkAccessibility(page, 'practice mailboxes');
            await page.getByRole('link', { name: `Edit the mailbox of ${PRACTICE}`, exact: true }).click();
            await expectHeading(page, endsWith(PRACTICE_NAMED));
            await page.getByRole('button', { name: 'Remove this mailbox', exact: true }).click();
            await page.getByRole('heading', { name: endsWith(`Remove the mailbox for ${PRACTICE}?`) }).waitFor();
            await checkAccessibility(page, 'removing a practice mailbox');
            await page.getByRole('button', { name: 'Yes, remove it', exact: true }).click();
            await expectHeading(page, 'Practice mailboxes');
            await expectSuccess(page, `The mailbox for ${PRACTICE} has been removed`);
            await signOut(page);
          });

          await step('a referral declined now cannot go: the panel says so and offers the letter to print', async () => {
            await signIn(page, 'supervisor@kith.example', password);
            await expectHeading(page, 'Home');
            unsentId = await openFromQueue(page, DECLINED_WITHOUT_MAILBOX);
            await decline(page, 'He has found work and no longer wants support.');
            unsent = await documentInState(page, unsentId, 'no_mailbox');
            expect(unsent.letterId, 'the letter is made even when the document cannot go').toBeTruthy();
            await page.reload();
            await expectHeading(page, new RegExp(DECLINED_WITHOUT_MAILBOX));
            await expectPanelState(page, 'No MESH mailbox');
            const panel = gpRecordPanel(page);
            await panel
              .getByText(
                `Not sent: ${PRACTICE_NAMED} has no MESH mailbox in Kith's directory. Print the letter and send it to the practice.`,
                { exact: true },
              )
              .waitFor();
            const letter = panel.getByRole('link', { name: 'Download the letter to print (PDF)', exact: true });
            const pdf = await download(page, (await letter.getAttribute('href')) ?? '', 'application/pdf');
            unsentPerson = await personOf(page, unsentId);
            expect(readPdfText(pdf).text).toContain(unsentPerson.familyName);
            await checkAccessibility(page, 'GP record panel: no mailbox, print the letter');
            await signOut(page);
          });

          await step('the administrator adds the mailbox back and sends the document again', async () => {
            const document = unsent as GpDocument;
            await signIn(page, 'admin@kith.example', password);
            await expectHeading(page, 'Home');
            await page.goto('/admin/practice-mailboxes');
            await expectHeading(page, 'Practice mailboxes');
            await page.getByRole('link', { name: 'Add a mailbox', exact: true }).click();
            await expectHeading(page, 'Add a practice mailbox');
            await page.getByLabel('Practice ODS code', { exact: true }).fill(PRACTICE_ODS);
            await page.getByLabel('MESH mailbox id', { exact: true }).fill(PRACTICE_MAILBOX.id);
            await checkAccessibility(page, 'adding a practice mailbox');
            await page.getByRole('button', { name: 'Add the mailbox', exact: true }).click();
            await expectHeading(page, 'Practice mailboxes');
            await expectSuccess(page, `The mailbox for ${PRACTICE} has been added`);

            await page.goto('/admin/gp-deliveries?state=no_mailbox');
            await expectHeading(page, 'GP record deliveries');
            const waiting = page.getByRole('table', { name: 'GP record deliveries: no mesh mailbox', exact: true });
            const row = waiting.getByRole('row').filter({ hasText: document.id });
            await row.waitFor();
            await checkAccessibility(page, 'GP record deliveries: no mailbox');
            await row.getByRole('button', { name: /^Send again/ }).click();
            // Sent again, it is no longer waiting for a mailbox: the list, read again, drops it.
            await row.waitFor({ state: 'detached' });
            // Said outside the table, so it is heard although the row has gone.
            await page
              .getByRole('status')
              .filter({ hasText: `The document for ${PRACTICE_NAMED} is being sent again` })
              .waitFor();

            // A resend is a new generation, so a new MESH local id.
            const received = await practice.collect(`${document.id}.1`);
            checkReceived(received, {
              documentId: document.id,
              ...unsentPerson,
              codes: [SOCIAL_PRESCRIBING_DECLINED],
              notCodes: [TAKEN_UP],
            });
            await practice.acknowledge(received.messageId);
            await waitUntil(
              `document ${document.id} to be delivered`,
              async () => (await deliveries(page, 'delivered')).some((item) => item.id === document.id),
              (found) => found,
            );
            await page.goto('/admin/gp-deliveries?state=delivered');
            await expectHeading(page, 'GP record deliveries');
            const delivered = page.getByRole('table', { name: 'GP record deliveries: delivered', exact: true });
            await delivered
              .getByRole('row')
              .filter({ hasText: document.id })
              .locator('strong.nhsuk-tag')
              .getByText('Delivered')
              .waitFor();
            await checkAccessibility(page, 'GP record deliveries after sending again');
          });

          expect(problems).toEqual([]);
        },
        JOURNEY_TIMEOUT_MS,
      );
    },
  );
}

/** The administrators' list of deliveries in one state (first page). */
async function deliveries(page: Page, state: GpDocument['state']): Promise<GpDocumentPage['items']> {
  const { status, body } = await getJson<GpDocumentPage>(page, `/api/gp-documents?state=${state}&pageSize=200`);
  expect(status, JSON.stringify(body)).toBe(200);
  return body.items;
}
