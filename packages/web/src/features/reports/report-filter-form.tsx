import { type ReportFilterOptions, ReportFilters } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { type FormIssue, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { DateInputField } from '../../components/date-input-field.tsx';
import { type DateParts, dateIssue, datePartsFromIso, readDateParts, withDateIssues } from '../../components/date-parts.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { FILTER_KEYS, practicesFor, type ReportFilterValues, reconcileFilters } from './report-search.ts';

interface ReportFilterFormProps {
  options: ReportFilterOptions;
  initial: ReportFilterValues;
  onApply: (filters: ReportFilterValues) => void;
  /** Problems the server found with the filters (a 400 answer to the report). */
  serverIssues: readonly FormIssue[];
  /** The evidence pack is for a PCN or the whole ICB: no practice or worker. */
  pcnOnly?: boolean;
  submitLabel?: string;
  /** The page without filters (the form is remounted from the query string, so this also resets it). */
  clearTo: string;
}

/**
 * Period, PCN, practice (narrowed by the PCN) and link worker (not for those who see aggregates
 * only). Applying changes the page's query string, so a view can be shared and back/forward work.
 */
export function ReportFilterForm({
  options,
  initial,
  onApply,
  serverIssues,
  pcnOnly,
  submitLabel,
  clearTo,
}: ReportFilterFormProps) {
  const [filters, setFilters] = useState(initial);
  // The period is typed day, month and year (NHS date input), never in the browser's own date format.
  const [from, setFrom] = useState<DateParts>(() => datePartsFromIso(initial.from));
  const [to, setTo] = useState<DateParts>(() => datePartsFromIso(initial.to));
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const shown = issues.length > 0 ? issues : serverIssues;
  const set = (change: Partial<ReportFilterValues>) => setFilters(reconcileFilters({ ...filters, ...change }, options));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fromReading = readDateParts(from, 'the start date');
    const toReading = readDateParts(to, 'the end date');
    const period = {
      from: fromReading.kind === 'date' ? fromReading.iso : '',
      to: toReading.kind === 'date' ? toReading.iso : '',
    };
    const next = { ...filters, ...period };
    const present = Object.fromEntries(FILTER_KEYS.flatMap((key) => (next[key] ? [[key, next[key]]] : [])));
    const found = withDateIssues(
      [...dateIssue(fromReading, 'from'), ...dateIssue(toReading, 'to')],
      validateWith(ReportFilters, present),
    );
    if (found.length > 0) {
      setIssues(found);
      return;
    }
    setIssues([]);
    onApply(next);
  };

  const practices = practicesFor(options, filters.pcnId);
  const showWorkers = !pcnOnly && !options.aggregateOnly && options.workers.length > 0;

  return (
    <search>
      <form className="kith-filter-form kith-no-print" onSubmit={submit} noValidate>
        <h2 className="nhsuk-heading-s">Filters</h2>
        <ErrorSummary issues={shown} linkablePaths={pcnOnly ? ['from', 'to', 'pcnId'] : [...FILTER_KEYS]} />
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <DateInputField
              id="from"
              legend="From"
              hint="For example, 1 4 2026. Leave both dates blank for the last 12 months."
              value={from}
              onChange={setFrom}
              error={messageFor(shown, 'from')}
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <DateInputField
              id="to"
              legend="To"
              hint="Up to and including this day, for example 31 3 2027."
              value={to}
              onChange={setTo}
              error={messageFor(shown, 'to')}
            />
          </div>
        </div>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <SelectField
              id="pcnId"
              label="Primary care network"
              value={filters.pcnId}
              onChange={(pcnId) => set({ pcnId })}
              options={options.pcns.map((pcn) => ({ value: pcn.id, label: pcn.name }))}
              placeholder={options.pcns.length > 1 ? 'All PCNs' : 'All'}
              error={messageFor(shown, 'pcnId')}
            />
          </div>
          {pcnOnly ? null : (
            <div className="nhsuk-grid-column-one-third">
              <SelectField
                id="practiceId"
                label="GP practice"
                value={filters.practiceId}
                onChange={(practiceId) => set({ practiceId })}
                options={practices.map((practice) => ({ value: practice.id, label: practice.name }))}
                placeholder="All practices"
                error={messageFor(shown, 'practiceId')}
              />
            </div>
          )}
          {showWorkers ? (
            <div className="nhsuk-grid-column-one-third">
              <SelectField
                id="workerId"
                label="Link worker"
                value={filters.workerId}
                onChange={(workerId) => set({ workerId })}
                options={options.workers.map((worker) => ({ value: worker.id, label: worker.name }))}
                placeholder="All link workers"
                error={messageFor(shown, 'workerId')}
              />
            </div>
          ) : null}
        </div>
        <div className="nhsuk-button-group">
          <Button variant="secondary" type="submit">
            {submitLabel ?? 'Apply filters'}
          </Button>
          <Link className="nhsuk-link" to={clearTo}>
            Clear filters
          </Link>
        </div>
      </form>
    </search>
  );
}
