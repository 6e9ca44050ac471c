import type { GpDocumentState } from '@kith/shared';
import { GP_DOCUMENT_TAG_CLASSES, gpDocumentStateLabel } from './gp-record-words.ts';

/** Where a GP document is, as an NHS tag (colour is never the only cue: the words say it). */
export function GpDocumentStateTag({ state }: { state: GpDocumentState }) {
  return <strong className={`nhsuk-tag ${GP_DOCUMENT_TAG_CLASSES[state]}`}>{gpDocumentStateLabel(state)}</strong>;
}
