import type { ReportFilterOptions } from '@kith/shared';
import { Link } from 'react-router';
import { type FormIssue, orderIssues } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormDateInputField, FormSelectField, useBoundField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { SelectField } from '../../components/select-field.tsx';
import { buildFilters, filterFormValues } from './report-filter-values.ts';
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
  const kith = useKithForm({
    defaultValues: filterFormValues(initial),
    toRequest: buildFilters,
    fieldOrder: FILTER_KEYS,
    // Problems the server found with the filters in the address, shown as if found here.
    externalIssues: orderIssues(serverIssues, FILTER_KEYS),
    onSubmit: async (filters) => onApply(filters),
  });
  const { control } = kith.form;
  const { values } = kith;
  const pcn = useBoundField({ control, name: 'pcnId' });

  // Another PCN drops a practice outside it.
  const choosePcn = (pcnId: string) => {
    const { practiceId, workerId } = reconcileFilters({ ...values, from: '', to: '', pcnId }, options);
    kith.set({ pcnId, practiceId, workerId });
  };

  const practices = practicesFor(options, values.pcnId);
  const showWorkers = !pcnOnly && !options.aggregateOnly && options.workers.length > 0;

  return (
    <search>
      <KithFormFrame
        kith={kith}
        className="kith-filter-form kith-no-print"
        linkablePaths={pcnOnly ? ['from', 'to', 'pcnId'] : [...FILTER_KEYS]}
      >
        <h2 className="nhsuk-heading-s">Filters</h2>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <FormDateInputField
              control={control}
              name="from"
              legend="From"
              hint="For example, 1 4 2026. Leave both dates blank for the last 12 months."
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <FormDateInputField
              control={control}
              name="to"
              legend="To"
              hint="Up to and including this day, for example 31 3 2027."
            />
          </div>
        </div>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <SelectField
              id={pcn.id}
              label="Primary care network"
              value={values.pcnId}
              onChange={choosePcn}
              options={options.pcns.map((choice) => ({ value: choice.id, label: choice.name }))}
              placeholder={options.pcns.length > 1 ? 'All PCNs' : 'All'}
              error={pcn.error}
            />
          </div>
          {pcnOnly ? null : (
            <div className="nhsuk-grid-column-one-third">
              <FormSelectField
                control={control}
                name="practiceId"
                label="GP practice"
                options={practices.map((practice) => ({ value: practice.id, label: practice.name }))}
                placeholder="All practices"
              />
            </div>
          )}
          {showWorkers ? (
            <div className="nhsuk-grid-column-one-third">
              <FormSelectField
                control={control}
                name="workerId"
                label="Link worker"
                options={options.workers.map((worker) => ({ value: worker.id, label: worker.name }))}
                placeholder="All link workers"
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
      </KithFormFrame>
    </search>
  );
}
