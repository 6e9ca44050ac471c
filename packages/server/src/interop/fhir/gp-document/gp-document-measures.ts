import { INSTRUMENT_DEFINITIONS, INSTRUMENTS, type MeasureChange } from '@kith/shared';
import type { Observation, Organization, Patient, Practitioner, Reference, ServiceRequest } from '@medplum/fhirtypes';
import { entryUuid } from './gp-document-ids.ts';

/**
 * The outcome measures (ONS4, SWEMWBS, UCLA-3) as Observations: one per reported figure, its
 * latest score as the value and the baseline, the change and the improvement (positive is always
 * better) as components. The instruments have no verified code in Kith, so they are named in words.
 */
const SURVEY = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }],
};

export function instrumentLabel(instrument: string): string {
  const known = INSTRUMENTS.find((name) => name === instrument);
  return known ? INSTRUMENT_DEFINITIONS[known].label : instrument;
}

export function measureObservations(
  changes: MeasureChange[],
  context: {
    documentId: string;
    patient: Reference<Patient>;
    performer: Reference<Practitioner | Organization>;
    referral: Reference<ServiceRequest>;
  },
): Observation[] {
  return changes.map(
    (change, index): Observation => ({
      resourceType: 'Observation',
      id: entryUuid(context.documentId, `measure:${index}:${change.instrument}:${change.figure}`),
      status: 'final',
      category: [SURVEY],
      code: { text: `${instrumentLabel(change.instrument)}: ${change.figure}` },
      subject: context.patient,
      basedOn: [context.referral],
      performer: [context.performer],
      valueQuantity: { value: change.latest },
      component: [
        { code: { text: 'Baseline' }, valueQuantity: { value: change.baseline } },
        { code: { text: 'Change from baseline' }, valueQuantity: { value: change.change } },
        { code: { text: 'Improvement (positive is better)' }, valueQuantity: { value: change.improvement } },
      ],
    }),
  );
}
