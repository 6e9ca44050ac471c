import { type TaxonomyTerm, WEEKDAYS } from '@kith/shared';
import { type ReactNode, useLayoutEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { type FormIssue, orderIssues } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { FormCheckboxesField, FormSelectField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import {
  DEFAULT_RADIUS_KM,
  type DirectorySearchParams,
  directorySearchHref,
  EMPTY_SEARCH,
  RADIUS_OPTIONS_KM,
  SEARCH_FIELD_ORDER,
} from './directory-search-params.ts';
import { WEEKDAY_NAMES } from './opening-times.ts';
import { isMoreFilterPath, moreFilterCount, moreFiltersSummary, needsSummary } from './search-page-values.ts';
import { buildSearch, searchFormValues } from './service-search-values.ts';
import { FormTermCheckboxes } from './term-checkboxes.tsx';

interface ServiceSearchFormProps {
  initial: DirectorySearchParams;
  terms: readonly TaxonomyTerm[];
  /** Problems the server found with the search in the address. */
  serverIssues: readonly FormIssue[];
  /** The page's heading and introduction: below the error summary, which comes first on the page. */
  intro: ReactNode;
  /** Shown above the filters (the list of needs could not be loaded). */
  notice?: ReactNode;
  /** The results, beside the filters. */
  results: ReactNode;
}

const RADIUS_ITEMS = RADIUS_OPTIONS_KM.map((km) => ({
  value: String(km),
  label: `Within ${km} km (${(Math.round(km * 6.21371) / 10).toString()} miles)`,
}));
const WAIT_ITEMS = [
  { value: '0', label: 'No wait' },
  { value: '7', label: 'Up to 1 week' },
  { value: '14', label: 'Up to 2 weeks' },
  { value: '28', label: 'Up to 4 weeks' },
  { value: '42', label: 'Up to 6 weeks' },
  { value: '56', label: 'Up to 8 weeks' },
  { value: '84', label: 'Up to 12 weeks' },
];
const DAY_ITEMS = WEEKDAYS.map((day) => ({ value: day, label: WEEKDAY_NAMES[day] }));

/** A value from the address that is not one of the offered choices is still shown, not silently dropped. */
function withCurrent(items: { value: string; label: string }[], value: string, label: (value: string) => string) {
  return value === '' || items.some((item) => item.value === value) ? items : [...items, { value, label: label(value) }];
}

/**
 * The directory filters. Searching puts them in the address (page 1), so results can be shared
 * and Back returns to the previous search; who the search is for (`personId`) is kept. It lays out
 * the whole page so the error summary sits above the page's heading, with the results beside the filters.
 */
export function ServiceSearchForm({ initial, terms, serverIssues, intro, notice, results }: ServiceSearchFormProps) {
  const navigate = useNavigate();
  const kith = useKithForm({
    defaultValues: searchFormValues(initial),
    toRequest: (values) => buildSearch(initial.personId, values),
    fieldOrder: SEARCH_FIELD_ORDER,
    // Problems the server found with the search in the address, shown as if found here.
    externalIssues: orderIssues(serverIssues, SEARCH_FIELD_ORDER),
    onSubmit: async (search) => navigate(directorySearchHref(search)),
  });
  const { control } = kith.form;
  const { values } = kith;

  // The address is the search: Back, "Clear filters" or a page of results puts its filters in the form.
  // Reset rather than remounted, so the heading and the results keep the focus; a layout effect, so it
  // runs before the form shows the server's problems with the new address, not after (wiping them).
  const fromAddress = searchFormValues(initial);
  const addressKey = JSON.stringify(fromAddress);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the address's filters change.
  useLayoutEffect(() => kith.form.reset(fromAddress), [addressKey]);

  // A chooser with a problem inside is open, so the error summary's link lands on a visible field.
  const needProblem = kith.issues.some((issue) => issue.path === 'need');
  const moreProblem = kith.issues.some((issue) => isMoreFilterPath(issue.path));
  const moreSet = moreFilterCount(values);
  return (
    <KithFormFrame kith={kith} linkablePaths={SEARCH_FIELD_ORDER} intro={intro}>
      <div className="nhsuk-grid-row">
        {/* Words, place and Search first; needs and the rarer filters fold away below them. */}
        <search aria-label="Services" className="nhsuk-grid-column-one-third kith-filter-form">
          {notice}
          <FormTextField
            control={control}
            name="q"
            label="Search words"
            hint="For example, walking or debt advice"
            type="search"
            autoComplete="off"
          />
          <FormTextField
            control={control}
            name="postcode"
            label="Near postcode"
            widthClass="nhsuk-input--width-10"
            autoComplete="off"
            spellCheck={false}
          />
          <FormSelectField
            control={control}
            name="radiusKm"
            label="Distance from the postcode"
            options={withCurrent(RADIUS_ITEMS, values.radiusKm, (km) => `Within ${km} km`)}
          />
          <Button type="submit">Search</Button>
          <details className="nhsuk-details kith-filter-chooser" open={initial.need.length > 0 || needProblem}>
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">{needsSummary(values.need.length)}</span>
            </summary>
            <div className="nhsuk-details__text kith-needs-chooser">
              <FormTermCheckboxes
                control={control}
                name="need"
                legend="What does the person need help with?"
                hint="A broad need includes the needs listed under it."
                terms={terms}
              />
            </div>
          </details>
          <details
            className="nhsuk-details kith-filter-chooser"
            open={moreFilterCount(searchFormValues(initial)) > 0 || moreProblem}
          >
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">{moreFiltersSummary(moreSet)}</span>
            </summary>
            <div className="nhsuk-details__text">
              <FormTextField
                control={control}
                name="age"
                label="Age of the person"
                widthClass="nhsuk-input--width-3"
                inputMode="numeric"
              />
              <FormSelectField control={control} name="day" label="Open on" options={DAY_ITEMS} placeholder="Any day" />
              <FormTextField
                control={control}
                name="time"
                label="Open at"
                hint="24-hour clock, like 14:30"
                widthClass="nhsuk-input--width-5"
              />
              <FormSelectField
                control={control}
                name="maxWaitDays"
                label="Maximum waiting time"
                options={withCurrent(WAIT_ITEMS, values.maxWaitDays, (days) => `Up to ${days} days`)}
                placeholder="Any waiting time"
              />
              <FormCheckboxesField
                control={control}
                name="flags"
                legend="Only show services that are"
                items={[
                  { value: 'openToReferrals', label: 'Open to referrals' },
                  { value: 'freeOnly', label: 'Free only' },
                ]}
              />
            </div>
          </details>
          <p className="nhsuk-body">
            <Link to={directorySearchHref({ ...EMPTY_SEARCH, personId: initial.personId, radiusKm: DEFAULT_RADIUS_KM })}>
              Clear filters
            </Link>
          </p>
        </search>
        <div className="nhsuk-grid-column-two-thirds">{results}</div>
      </div>
    </KithFormFrame>
  );
}
