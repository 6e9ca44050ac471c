import { ServiceSearchQuery, type TaxonomyTerm, WEEKDAYS } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type FormIssue, messageFor, orderIssues, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { CheckboxesField } from '../../components/checkboxes-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import {
  DEFAULT_RADIUS_KM,
  type DirectorySearchParams,
  directorySearchHref,
  EMPTY_SEARCH,
  RADIUS_OPTIONS_KM,
  SEARCH_FIELD_ORDER,
  searchApiQuery,
} from './directory-search-params.ts';
import { WEEKDAY_NAMES } from './opening-times.ts';
import { TermCheckboxes } from './term-checkboxes.tsx';

interface ServiceSearchFormProps {
  initial: DirectorySearchParams;
  terms: readonly TaxonomyTerm[];
  issues: readonly FormIssue[];
  /** Problems the browser found before searching; the page lists them in its error summary. */
  onInvalid: (issues: FormIssue[]) => void;
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
 * and Back returns to the previous search; who the search is for (`personId`) is kept.
 */
export function ServiceSearchForm({ initial, terms, issues, onInvalid }: ServiceSearchFormProps) {
  const navigate = useNavigate();
  const [values, setValues] = useState<DirectorySearchParams>({ ...initial, radiusKm: initial.radiusKm || DEFAULT_RADIUS_KM });
  const set = (change: Partial<DirectorySearchParams>) => setValues({ ...values, ...change });
  const flags = [...(values.openToReferrals ? ['openToReferrals'] : []), ...(values.freeOnly ? ['freeOnly'] : [])];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const search = { ...values, q: values.q.trim(), postcode: values.postcode.trim(), page: 1 };
    // The same schema the server uses, so a mistyped time or postcode is explained without a round trip.
    const checked = validateWith(ServiceSearchQuery, searchApiQuery(search));
    if (!checked.ok) {
      onInvalid(orderIssues(checked.issues, SEARCH_FIELD_ORDER));
      return;
    }
    navigate(directorySearchHref(search));
  };

  const error = (path: string) => messageFor(issues, path);
  return (
    <search aria-label="Services">
      <form className="kith-filter-form" onSubmit={submit} noValidate>
        <TextField
          id="q"
          label="Search words"
          hint="For example, walking or debt advice"
          type="search"
          value={values.q}
          onChange={(q) => set({ q })}
          autoComplete="off"
          error={error('q')}
        />
        <details className="nhsuk-details" open={initial.need.length > 0 || Boolean(error('need'))}>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">
              Needs{values.need.length > 0 ? ` (${values.need.length} chosen)` : ''}
            </span>
          </summary>
          <div className="nhsuk-details__text">
            <TermCheckboxes
              id="need"
              legend="What does the person need help with?"
              hint="A broad need includes the needs listed under it."
              terms={terms}
              values={values.need}
              onChange={(need) => set({ need })}
              error={error('need')}
            />
          </div>
        </details>
        <TextField
          id="postcode"
          label="Near postcode"
          value={values.postcode}
          onChange={(postcode) => set({ postcode })}
          widthClass="nhsuk-input--width-10"
          autoComplete="off"
          spellCheck={false}
          error={error('postcode')}
        />
        <SelectField
          id="radiusKm"
          label="Distance from the postcode"
          value={values.radiusKm}
          onChange={(radiusKm) => set({ radiusKm })}
          options={withCurrent(RADIUS_ITEMS, values.radiusKm, (km) => `Within ${km} km`)}
          error={error('radiusKm')}
        />
        <TextField
          id="age"
          label="Age of the person"
          value={values.age}
          onChange={(age) => set({ age })}
          widthClass="nhsuk-input--width-3"
          inputMode="numeric"
          error={error('age')}
        />
        <SelectField
          id="day"
          label="Open on"
          value={values.day}
          onChange={(day) => set({ day: WEEKDAYS.find((candidate) => candidate === day) ?? '' })}
          options={DAY_ITEMS}
          placeholder="Any day"
          error={error('day')}
        />
        <TextField
          id="time"
          label="Open at"
          hint="24-hour clock, like 14:30"
          value={values.time}
          onChange={(time) => set({ time })}
          widthClass="nhsuk-input--width-5"
          error={error('time')}
        />
        <SelectField
          id="maxWaitDays"
          label="Maximum waiting time"
          value={values.maxWaitDays}
          onChange={(maxWaitDays) => set({ maxWaitDays })}
          options={withCurrent(WAIT_ITEMS, values.maxWaitDays, (days) => `Up to ${days} days`)}
          placeholder="Any waiting time"
          error={error('maxWaitDays')}
        />
        <CheckboxesField
          id="flags"
          legend="Only show services that are"
          values={flags}
          onChange={(chosen) =>
            set({ openToReferrals: chosen.includes('openToReferrals'), freeOnly: chosen.includes('freeOnly') })
          }
          items={[
            { value: 'openToReferrals', label: 'Open to referrals' },
            { value: 'freeOnly', label: 'Free only' },
          ]}
        />
        <Button type="submit">Search</Button>
        <p className="nhsuk-body">
          <Link to={directorySearchHref({ ...EMPTY_SEARCH, personId: initial.personId, radiusKm: DEFAULT_RADIUS_KM })}>
            Clear filters
          </Link>
        </p>
      </form>
    </search>
  );
}
