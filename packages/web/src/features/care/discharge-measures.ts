import { INSTRUMENT_SHORT_LABELS, type Instrument, type OutcomeMeasure } from '@kith/shared';

/**
 * The measures to take before discharge: each one taken at baseline with no discharge reading
 * yet, since the message back reports the change from baseline to discharge. Empty when there is
 * no baseline to compare with, or every baseline has its discharge reading.
 */
export function dischargeMeasuresDue(measures: readonly Pick<OutcomeMeasure, 'instrument' | 'timepoint'>[]): Instrument[] {
  const taken = (instrument: Instrument, timepoint: OutcomeMeasure['timepoint']) =>
    measures.some((measure) => measure.instrument === instrument && measure.timepoint === timepoint);
  const baselines = [...new Set(measures.filter((m) => m.timepoint === 'baseline').map((m) => m.instrument))];
  return baselines.filter((instrument) => !taken(instrument, 'discharge'));
}

/** "ONS4 and SWEMWBS". */
export function instrumentList(instruments: readonly Instrument[]): string {
  const names = instruments.map((instrument) => INSTRUMENT_SHORT_LABELS[instrument]);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}
