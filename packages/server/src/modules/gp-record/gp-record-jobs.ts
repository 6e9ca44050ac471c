import type { MeshConfig } from '../../config.ts';
import { type MeshClient, meshClientFromConfig } from '../../interop/mesh/mesh-client.ts';
import type { JobHandlers } from '../../jobs/job-queue.ts';
import { gpDocumentPoller } from './gp-document-poll-job.ts';
import { gpDocumentPreparer } from './gp-document-prepare-job.ts';
import { GP_DOCUMENT_POLL_JOB, GP_DOCUMENT_PREPARE_JOB, GP_DOCUMENT_SEND_JOB } from './gp-document-queue.ts';
import { gpDocumentSender } from './gp-document-send-job.ts';

/**
 * The gp-record job kinds. Documents are always prepared (the letter and the Bundle exist, and
 * the referral says where the document stands); sending and polling need MESH, so without
 * `KITH_MESH_URL` no worker claims them and queued documents wait, saying why, to be sent once
 * MESH is configured (`mesh` undefined: not configured). `client` replaces the one built from the
 * configuration (tests, bench).
 */
export function gpRecordJobHandlers(mesh: MeshConfig | undefined, client?: MeshClient | null): JobHandlers {
  if (!mesh) return { [GP_DOCUMENT_PREPARE_JOB]: gpDocumentPreparer({ meshConfigured: false }) };
  const meshClient = client === undefined ? meshClientFromConfig(mesh) : client;
  return {
    [GP_DOCUMENT_PREPARE_JOB]: gpDocumentPreparer({ meshConfigured: meshClient !== null }),
    ...(meshClient
      ? {
          [GP_DOCUMENT_SEND_JOB]: gpDocumentSender(meshClient, { workflowId: mesh.workflowId }),
          [GP_DOCUMENT_POLL_JOB]: gpDocumentPoller(meshClient, { pollSeconds: mesh.pollSeconds }),
        }
      : {}),
  };
}
