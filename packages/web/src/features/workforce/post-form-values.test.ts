import type { WorkforcePost } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { buildPostRequest, EMPTY_POST, type PostFormValues, postFormValues } from './post-form-values.ts';

const EMPLOYER = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const PERSON = '5e3d0000-0000-4000-8000-000000000011';

/** A complete Band 5 post, as a manager would type it. */
function bandForm(overrides: Partial<PostFormValues> = {}): PostFormValues {
  return {
    ...EMPTY_POST,
    title: 'Social prescribing link worker',
    employerId: EMPLOYER,
    band: '5',
    startingPayPoint: '2',
    startDate: { day: '1', month: '7', year: '2025' },
    ...overrides,
  };
}

const savedPost: WorkforcePost = {
  id: '9b2f3c1e-8f1a-4d0e-9c55-1f2a3b4c5d6e',
  pcnId: '1a2b3c4d-0000-4000-8000-000000000001',
  title: 'Community link worker',
  role: 'link_worker',
  employmentModel: 'vcse_subcontract',
  employerId: EMPLOYER,
  employerName: 'Riverside Community Trust',
  holderUserId: null,
  holderName: 'Morgan Lee',
  holderDisplayName: 'Morgan Lee',
  band: null,
  startingPayPoint: null,
  spotSalary: 27500,
  wte: 0.6,
  startDate: '2024-06-01',
  endDate: '2026-05-31',
  contractType: 'fixed_term',
  fundingSource: 'arrs',
  managementCostPerWte: 2400,
  lineManagerUserId: PERSON,
  lineManagerName: 'Pat Manager',
  clinicalSupervisorUserId: null,
  clinicalSupervisorName: null,
  updatedAt: '2025-01-01T00:00:00.000Z',
};

function issuesOf(values: PostFormValues) {
  const result = buildPostRequest(values);
  if (result.ok) throw new Error('expected the form to be refused');
  return result.issues;
}

function dataOf(values: PostFormValues) {
  const result = buildPostRequest(values);
  if (!result.ok) throw new Error(`expected the form to pass: ${JSON.stringify(result.issues)}`);
  return result.data;
}

describe('buildPostRequest', () => {
  it('sends a band and pay point, with no spot salary', () => {
    const data = dataOf(bandForm({ spotSalary: '30000' }));
    expect(data).toMatchObject({ band: '5', startingPayPoint: 2, spotSalary: null, startDate: '2025-07-01' });
  });

  it('sends a spot salary, dropping any band or pay point left in the hidden boxes', () => {
    const data = dataOf(bandForm({ payType: 'spot', spotSalary: '£31,049.50' }));
    expect(data).toMatchObject({ band: null, startingPayPoint: null, spotSalary: 31049.5 });
  });

  it('asks for the spot salary when spot pay is chosen and the box is blank, without asking for a band', () => {
    const issues = issuesOf(bandForm({ payType: 'spot', band: '', spotSalary: '  ' }));
    expect(issues).toContainEqual({ path: 'spotSalary', message: 'Enter the spot salary' });
    expect(issues.map((issue) => issue.path)).not.toContain('band');
  });

  it('asks for a band when band pay is chosen without one', () => {
    expect(issuesOf(bandForm({ band: '' })).map((issue) => issue.path)).toContain('band');
  });

  it('asks how the post is paid when neither is chosen', () => {
    expect(issuesOf(bandForm({ payType: '' }))).toContainEqual({ path: 'payType', message: 'Choose how the post is paid' });
  });

  it('turns blank optional fields into nulls', () => {
    const data = dataOf(bandForm({ holderName: '   ' }));
    expect(data).toMatchObject({
      holderUserId: null,
      holderName: null,
      endDate: null,
      managementCostPerWte: null,
      lineManagerUserId: null,
      clinicalSupervisorUserId: null,
    });
  });

  it('keeps a typed holder name only when no user is chosen', () => {
    expect(dataOf(bandForm({ holderName: ' Jordan Price ' })).holderName).toBe('Jordan Price');
    expect(dataOf(bandForm({ holderUserId: PERSON, holderName: 'Jordan Price' }))).toMatchObject({
      holderUserId: PERSON,
      holderName: null,
    });
  });

  it('sends management costs only for a VCSE subcontract', () => {
    expect(dataOf(bandForm({ managementCostPerWte: '2400' })).managementCostPerWte).toBeNull();
    const subcontract = dataOf(bandForm({ employmentModel: 'vcse_subcontract', managementCostPerWte: '£2,400' }));
    expect(subcontract.managementCostPerWte).toBe(2400);
  });

  it.each([
    ['1', 1],
    ['0.6', 0.6],
    [' 0.75 ', 0.75],
  ])('reads WTE %j as %s', (wte, expected) => {
    expect(dataOf(bandForm({ wte })).wte).toBe(expected);
  });

  it.each([
    ['', 'Enter the whole-time equivalent, like 1 or 0.6'],
    ['three days', 'Enter the whole-time equivalent, like 1 or 0.6'],
    ['0', 'WTE must be more than 0'],
    ['1.2', 'WTE must be 1 or less'],
  ])('refuses WTE %j', (wte, message) => {
    expect(issuesOf(bandForm({ wte }))).toContainEqual({ path: 'wte', message });
  });

  it('asks for the start date when its boxes are empty', () => {
    const issues = issuesOf(bandForm({ startDate: { day: '', month: '', year: '' } }));
    expect(issues).toContainEqual({ path: 'startDate', message: 'Enter the start date' });
  });

  it('names a half-typed or impossible date, and does not compare the end date with a missing start', () => {
    const issues = issuesOf(
      bandForm({ startDate: { day: '31', month: '2', year: '2025' }, endDate: { day: '1', month: '1', year: '2020' } }),
    );
    expect(issues).toContainEqual({ path: 'startDate', message: 'The start date must be a real date' });
    expect(issues.map((issue) => issue.path)).not.toContain('endDate');
    expect(issuesOf(bandForm({ endDate: { day: '1', month: '', year: '2026' } }))).toContainEqual({
      path: 'endDate',
      message: 'The end date must include a month',
    });
  });

  it('sends an end date and refuses one before the start', () => {
    expect(dataOf(bandForm({ endDate: { day: '30', month: '9', year: '2027' } })).endDate).toBe('2027-09-30');
    expect(issuesOf(bandForm({ endDate: { day: '30', month: '6', year: '2025' } }))).toContainEqual({
      path: 'endDate',
      message: 'The end date must be on or after the start date',
    });
  });
});

describe('postFormValues', () => {
  it('fills the form from a spot-salaried subcontracted post', () => {
    expect(postFormValues(savedPost)).toEqual({
      title: 'Community link worker',
      role: 'link_worker',
      employmentModel: 'vcse_subcontract',
      employerId: EMPLOYER,
      holderUserId: '',
      holderName: 'Morgan Lee',
      payType: 'spot',
      band: '',
      startingPayPoint: '1',
      spotSalary: '27500',
      wte: '0.6',
      startDate: { day: '1', month: '6', year: '2024' },
      endDate: { day: '31', month: '5', year: '2026' },
      contractType: 'fixed_term',
      fundingSource: 'arrs',
      managementCostPerWte: '2400',
      lineManagerUserId: PERSON,
      clinicalSupervisorUserId: '',
    });
  });

  it('fills the band and pay point of a banded post, with empty boxes for what is missing', () => {
    const values = postFormValues({ ...savedPost, band: '6', startingPayPoint: 2, spotSalary: null, endDate: null });
    expect(values).toMatchObject({ payType: 'band', band: '6', startingPayPoint: '2', spotSalary: '' });
    expect(values.endDate).toEqual({ day: '', month: '', year: '' });
  });

  it('round-trips: a saved post read into the form builds the same request', () => {
    const data = dataOf(postFormValues(savedPost));
    expect(data).toEqual({
      title: savedPost.title,
      role: savedPost.role,
      employmentModel: savedPost.employmentModel,
      employerId: savedPost.employerId,
      holderUserId: null,
      holderName: 'Morgan Lee',
      band: null,
      startingPayPoint: null,
      spotSalary: 27500,
      wte: 0.6,
      startDate: '2024-06-01',
      endDate: '2026-05-31',
      contractType: 'fixed_term',
      fundingSource: 'arrs',
      managementCostPerWte: 2400,
      lineManagerUserId: PERSON,
      clinicalSupervisorUserId: null,
    });
  });
});
