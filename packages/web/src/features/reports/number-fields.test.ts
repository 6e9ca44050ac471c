import { describe, expect, it } from 'vitest';
import { numberProblem, numberTexts, PRESSURE_FIELDS, ROI_FIELDS, readNumberFields } from './number-fields.ts';

const gp = ROI_FIELDS[0];
const active = PRESSURE_FIELDS[0];

describe('number fields', () => {
  it('names the field in every message', () => {
    if (!gp || !active) throw new Error('fields missing');
    expect(numberProblem(gp, '  ')).toBe('Enter the cost of a GP consultation');
    expect(numberProblem(gp, 'forty')).toBe('The cost of a GP consultation must be a number');
    expect(numberProblem(gp, '-1')).toBe('The cost of a GP consultation must be between 0 and 10,000');
    expect(numberProblem(active, '40.5')).toBe('Active cases per whole-time link worker must be a whole number');
    expect(numberProblem(gp, '£1,250.50')).toBeNull();
  });

  it('reads every field, or lists every problem under the path the server uses', () => {
    const good = readNumberFields(ROI_FIELDS, {
      gpConsultationCost: '42',
      aeAttendanceCost: '180',
      linkWorkerCostPerWte: '38,000',
      attributionShare: '0.5',
    });
    expect(good).toEqual({
      ok: true,
      data: { gpConsultationCost: 42, aeAttendanceCost: 180, linkWorkerCostPerWte: 38000, attributionShare: 0.5 },
    });
    const bad = readNumberFields(ROI_FIELDS, { gpConsultationCost: '42', attributionShare: '2' }, 'roi.');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((issue) => issue.path)).toEqual([
      'roi.aeAttendanceCost',
      'roi.linkWorkerCostPerWte',
      'roi.attributionShare',
    ]);
  });

  it('turns saved numbers back into text to edit', () => {
    expect(
      numberTexts(ROI_FIELDS, {
        gpConsultationCost: 42,
        aeAttendanceCost: 180,
        linkWorkerCostPerWte: 38000,
        attributionShare: 0.5,
      }),
    ).toEqual({ gpConsultationCost: '42', aeAttendanceCost: '180', linkWorkerCostPerWte: '38000', attributionShare: '0.5' });
  });
});
