import { BACKEND_NAMES, type Backend } from '../support/bench-environment.ts';
import { type ReportContext, renderProcessMemoryLine, renderReportHeader } from '../support/bench-report.ts';
import { formatNumber, formatRatio, renderTable } from '../support/table-format.ts';
import type { DeliveryLatency } from './delivery-latency-bench.ts';
import type { DocumentThroughput } from './document-throughput-bench.ts';

export interface GpRecordBackendResult {
  backend: Backend;
  /** Null when the delivery could not be measured (the reason is in the warnings). */
  delivery: DeliveryLatency | null;
}

export interface GpRecordReport extends ReportContext {
  benchmark: 'gp-record';
  finishedAt: string;
  settings: Record<string, unknown>;
  documents: DocumentThroughput;
  backends: GpRecordBackendResult[];
  memory: { benchProcessMaxRssKb: number };
  warnings: string[];
}

export function renderGpRecord(report: GpRecordReport): string[] {
  const d = report.documents;
  const documents = renderTable(
    ['side', 'documents/s p50', '× build alone', 'per round'],
    (
      [
        ['build alone', 'build', null],
        ['build + validate', 'validate', d.ratio.validate],
        ['build + validate + deliver to MESH', 'deliver', d.ratio.deliver],
      ] as const
    ).map(([label, side, ratio]) => [
      label,
      formatNumber(d.p50DocumentsPerSecond[side], 1),
      side === 'build' ? '1.00×' : formatRatio(ratio, 4),
      d.perRound[side].map((value) => formatNumber(value, 1)).join(' '),
    ]),
  );
  const delivery = renderTable(
    [
      'database',
      'worker p50 ms',
      'by hand p50 ms',
      'worker ÷ by hand',
      'job clock → sent, → delivered p50 ms',
      'discharges/side',
      'practice inbox (ack, valid)',
      'job warnings',
    ],
    report.backends.map(({ backend, delivery: l }) =>
      l === null
        ? [BACKEND_NAMES[backend], 'not measured', '', '', '', '', '', '']
        : [
            BACKEND_NAMES[backend],
            formatNumber(l.p50.worker, 0),
            formatNumber(l.p50.byHand, 0),
            formatRatio(l.ratio),
            `${formatNumber(l.p50.workerSentAt, 0)}, ${formatNumber(l.p50.workerDeliveredAt, 0)}`,
            formatNumber(l.discharges),
            `${l.practiceInbox.messages} (${l.practiceInbox.acknowledged}, ${l.practiceInbox.valid})`,
            formatNumber(l.jobWarnings),
          ],
    ),
  );
  // The shared header's last line speaks of plain SQL; these baselines are the builder and the jobs run back to back.
  const header = renderReportHeader('gp-record', report, 'ms and documents/s').split('\n').slice(0, -1);
  header.push(
    'Shared machines are noisy: read the × columns (same-run ratios against a baseline doing less of the same work); ms and documents/s are context.',
  );
  return [
    header.join('\n'),
    `GP documents (no database): ${d.documentsPerRound} per round, ${d.rounds} rounds per side, the endings in turn, each with its real letter PDF ` +
      `(${formatNumber(d.letterPdfBytes.min / 1024, 1)}–${formatNumber(d.letterPdfBytes.max / 1024, 1)} KB); a document is ` +
      `${formatNumber(d.bytesPerDocument.min / 1024, 1)}–${formatNumber(d.bytesPerDocument.max / 1024, 1)} KB of JSON.\n` +
      "Build = buildGpDocumentBundle; validate = Medplum over the base R4 definitions (0 issues required); deliver = the send job's\n" +
      `MESH calls (track by local id, send) to a local MESH server. Practice inbox afterwards: ${d.practiceInbox} of ${d.delivered} sent.\n${documents}`,
    'Discharge → "Delivered" (GET /api/referrals/:id/gp-document, watched every 20 ms): worker = the real job worker (1 s tick) and\n' +
      'MESH poll chain (1 s), the local practice acknowledging at once; by hand = the same discharge and job handlers run back to back.\n' +
      "Job clock: the document's sentAt and deliveredAt (the worker ticks that sent it and saw it acknowledged) after the discharge call.\n" +
      delivery,
    renderProcessMemoryLine(report.memory.benchProcessMaxRssKb),
  ];
}
