import {
  AFC_BANDS,
  ArrsCapInput,
  OnCostRateInput,
  PayPointInput,
  POST_ROLE_LABELS,
  POST_ROLES,
  type ReferenceData,
} from '@kith/shared';
import type { ReactNode } from 'react';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NhsTable } from '../../components/nhs-table.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ReferenceRowForm } from './reference-row-form.tsx';
import type { ReferenceField } from './reference-row-values.ts';
import { formatMoney, formatRate } from './workforce-format.ts';
import { useReferenceData } from './workforce-queries.ts';
import './workforce.css';

const YEAR: ReferenceField = { key: 'financialYear', label: 'Financial year', kind: 'text', hint: 'Like 2025/26' };
const SOURCE: ReferenceField = { key: 'source', label: 'Source', kind: 'text' };
const CAP_FIELDS: ReferenceField[] = [
  YEAR,
  {
    key: 'role',
    label: 'Role',
    kind: 'select',
    options: POST_ROLES.map((role) => ({ value: role, label: POST_ROLE_LABELS[role] })),
  },
  { key: 'maximumAmount', label: 'Maximum, £ per WTE a year', kind: 'number' },
  SOURCE,
];
const PAY_FIELDS: ReferenceField[] = [
  YEAR,
  { key: 'band', label: 'Band', kind: 'select', options: AFC_BANDS.map((band) => ({ value: band, label: `Band ${band}` })) },
  { key: 'point', label: 'Pay point', kind: 'number' },
  { key: 'annualSalary', label: 'Annual salary, £', kind: 'number' },
  SOURCE,
];
const RATE_FIELDS: ReferenceField[] = [
  YEAR,
  { key: 'niRate', label: 'Employer NI rate', kind: 'number', hint: 'As a fraction: 0.15 is 15%' },
  { key: 'niAnnualThreshold', label: 'NI secondary threshold, £ a year', kind: 'number' },
  { key: 'pensionRate', label: 'Employer pension rate', kind: 'number', hint: 'As a fraction: 0.1438 is 14.38%' },
  SOURCE,
];

const cell = 'nhsuk-table__cell';
const text = (row: object) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, String(value)]));

function VerifiedTag({ verified }: { verified: boolean }) {
  return verified ? (
    <strong className="nhsuk-tag nhsuk-tag--green">Verified</strong>
  ) : (
    <strong className="nhsuk-tag nhsuk-tag--orange">Not verified</strong>
  );
}

function EditDetails({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="nhsuk-details nhsuk-u-margin-bottom-0">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{summary}</span>
      </summary>
      <div className="nhsuk-details__text">{children}</div>
    </details>
  );
}

/**
 * `/admin/reference-data`: ARRS maximums, Agenda for Change pay points and employer on-cost rates,
 * each row with its source and whether it has been verified. Unverified figures are marked, and the
 * funding planner warns whenever it uses one.
 */
export function ReferenceDataPage() {
  usePageTitle('Workforce reference data');
  const data = useReferenceData();
  return (
    <>
      <h1>Workforce reference data</h1>
      <p className="nhsuk-body">
        The funding planner uses these figures. Where a year is missing it carries the latest earlier figure forward and says so.
        Check each figure against its published source and mark it verified; every change is recorded in the audit log.
      </p>
      {data.data ? (
        <ReferenceTables data={data.data} />
      ) : data.error ? (
        <ErrorState error={data.error} what="the reference data" />
      ) : (
        <LoadingState what="the reference data" />
      )}
    </>
  );
}

function ReferenceTables({ data }: { data: ReferenceData }) {
  return (
    <>
      <NhsTable
        caption="ARRS maximum reimbursable amounts"
        captionStyle="medium"
        columns={['Year', 'Role', 'Maximum', 'Source', 'Status', 'Change']}
        rows={data.caps}
        rowKey={(row) => row.id}
        renderRow={(row) => (
          <>
            <th className="nhsuk-table__header" scope="row">
              {row.financialYear}
            </th>
            <td className={cell}>{POST_ROLE_LABELS[row.role]}</td>
            <td className={cell}>{formatMoney(row.maximumAmount)}</td>
            <td className={cell}>{row.source}</td>
            <td className={cell}>
              <VerifiedTag verified={row.verified} />
            </td>
            <td className={cell}>
              <EditDetails summary={`Edit ${row.financialYear} ${POST_ROLE_LABELS[row.role]}`}>
                <ReferenceRowForm
                  table="arrs-caps"
                  rowId={row.id}
                  idPrefix={`cap-${row.id}`}
                  fields={CAP_FIELDS}
                  initial={text(row)}
                  initialVerified={row.verified}
                  schema={ArrsCapInput}
                  submitLabel="Save"
                />
              </EditDetails>
            </td>
          </>
        )}
      />
      <EditDetails summary="Add an ARRS maximum">
        <ReferenceRowForm
          table="arrs-caps"
          idPrefix="cap-new"
          fields={CAP_FIELDS}
          initial={{ role: 'link_worker' }}
          initialVerified={false}
          schema={ArrsCapInput}
          submitLabel="Add the maximum"
        />
      </EditDetails>

      <NhsTable
        caption="Agenda for Change pay points (England)"
        captionStyle="medium"
        columns={['Year', 'Band', 'Point', 'Annual salary', 'Source', 'Status', 'Change']}
        rows={data.payPoints}
        rowKey={(row) => row.id}
        renderRow={(row) => (
          <>
            <th className="nhsuk-table__header" scope="row">
              {row.financialYear}
            </th>
            <td className={cell}>Band {row.band}</td>
            <td className={cell}>{row.point}</td>
            <td className={cell}>{formatMoney(row.annualSalary)}</td>
            <td className={cell}>{row.source}</td>
            <td className={cell}>
              <VerifiedTag verified={row.verified} />
            </td>
            <td className={cell}>
              <EditDetails summary={`Edit ${row.financialYear} Band ${row.band} point ${row.point}`}>
                <ReferenceRowForm
                  table="pay-points"
                  rowId={row.id}
                  idPrefix={`pay-${row.id}`}
                  fields={PAY_FIELDS}
                  initial={text(row)}
                  initialVerified={row.verified}
                  schema={PayPointInput}
                  submitLabel="Save"
                />
              </EditDetails>
            </td>
          </>
        )}
      />
      <EditDetails summary="Add a pay point">
        <ReferenceRowForm
          table="pay-points"
          idPrefix="pay-new"
          fields={PAY_FIELDS}
          initial={{ band: '5' }}
          initialVerified={false}
          schema={PayPointInput}
          submitLabel="Add the pay point"
        />
      </EditDetails>

      <NhsTable
        caption="Employer on-cost rates"
        captionStyle="medium"
        columns={['Year', 'NI rate', 'NI threshold', 'Pension rate', 'Source', 'Status', 'Change']}
        rows={data.onCostRates}
        rowKey={(row) => row.id}
        renderRow={(row) => (
          <>
            <th className="nhsuk-table__header" scope="row">
              {row.financialYear}
            </th>
            <td className={cell}>{formatRate(row.niRate)}</td>
            <td className={cell}>{formatMoney(row.niAnnualThreshold)}</td>
            <td className={cell}>{formatRate(row.pensionRate)}</td>
            <td className={cell}>{row.source}</td>
            <td className={cell}>
              <VerifiedTag verified={row.verified} />
            </td>
            <td className={cell}>
              <EditDetails summary={`Edit ${row.financialYear} on-cost rates`}>
                <ReferenceRowForm
                  table="on-cost-rates"
                  rowId={row.id}
                  idPrefix={`rates-${row.id.replace('/', '-')}`}
                  fields={RATE_FIELDS}
                  initial={text(row)}
                  initialVerified={row.verified}
                  schema={OnCostRateInput}
                  submitLabel="Save"
                />
              </EditDetails>
            </td>
          </>
        )}
      />
      <EditDetails summary="Add a year's on-cost rates">
        <ReferenceRowForm
          table="on-cost-rates"
          idPrefix="rates-new"
          fields={RATE_FIELDS}
          initial={{}}
          initialVerified={false}
          schema={OnCostRateInput}
          submitLabel="Add the rates"
        />
      </EditDetails>
    </>
  );
}
