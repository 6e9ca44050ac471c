import { PayPointInput } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { buildReferenceRow, type ReferenceField, referenceRowValues } from './reference-row-values.ts';

const FIELDS: ReferenceField[] = [
  { key: 'financialYear', label: 'Financial year', kind: 'text' },
  { key: 'band', label: 'Band', kind: 'select' },
  { key: 'point', label: 'Point', kind: 'number' },
  { key: 'annualSalary', label: 'Annual salary', kind: 'number' },
  { key: 'source', label: 'Source', kind: 'text' },
];

describe('a reference row', () => {
  it('sends numbers as numbers with the verified box', () => {
    const values = referenceRowValues(
      { financialYear: '2025/26', band: '5', point: '1', annualSalary: '31049', source: 'NHS Employers' },
      true,
    );
    expect(buildReferenceRow(PayPointInput, FIELDS, values)).toMatchObject({
      ok: true,
      data: { point: 1, annualSalary: 31049, verified: true },
    });
  });

  it('names a figure that is not a number by its column', () => {
    const values = referenceRowValues(
      { financialYear: '2025/26', band: '5', point: '1', annualSalary: 'lots', source: 'x' },
      false,
    );
    const checked = buildReferenceRow(PayPointInput, FIELDS, values);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues.map((issue) => issue.path)).toContain('annualSalary');
  });
});
