import type { AllocationSuggestion } from '@kith/shared';
import { describedBy, FieldErrorMessage, formGroupClass } from '../../components/field-error-message.tsx';
import { NhsTable } from '../../components/nhs-table.tsx';

interface AllocationChoiceTableProps {
  suggestions: readonly AllocationSuggestion[];
  currentWorkerId: string | null;
  value: string;
  onChange: (workerId: string) => void;
  error?: string | undefined;
}

/** One decimal at most: weighted loads are sums of 1, 1.5 and 2. */
const figure = (value: number) => String(Math.round(value * 10) / 10);

/**
 * The link workers as a table with a radio per row, most headroom first (as the server sorts
 * them), so the supervisor sees each worker's load before choosing.
 */
export function AllocationChoiceTable({ suggestions, currentWorkerId, value, onChange, error }: AllocationChoiceTableProps) {
  const errorId = error ? 'workerId-error' : undefined;
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy('workerId-hint', errorId)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Choose a link worker</legend>
        <div className="nhsuk-hint" id="workerId-hint">
          Weighted load counts low, medium and high complexity cases as 1, 1.5 and 2. Headroom is what is left of their capacity.
        </div>
        <FieldErrorMessage id="workerId-error" message={error} />
        <NhsTable
          caption="Link workers, most headroom first"
          captionStyle="visually-hidden"
          columns={['Link worker', 'Active cases', 'Weighted load', 'Headroom']}
          rows={suggestions}
          rowKey={(suggestion) => suggestion.workerId}
          renderRow={(suggestion) => {
            const index = suggestions.indexOf(suggestion);
            const id = index === 0 ? 'workerId' : `workerId-${index + 1}`;
            return (
              <>
                <td className="nhsuk-table__cell">
                  <div className="nhsuk-radios nhsuk-radios--small">
                    <div className="nhsuk-radios__item">
                      <input
                        className="nhsuk-radios__input"
                        id={id}
                        name="workerId"
                        type="radio"
                        value={suggestion.workerId}
                        checked={value === suggestion.workerId}
                        onChange={() => onChange(suggestion.workerId)}
                      />
                      <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                        {suggestion.name}
                        {suggestion.workerId === currentWorkerId ? ' (currently allocated)' : ''}
                      </label>
                    </div>
                  </div>
                </td>
                <td className="nhsuk-table__cell">{suggestion.activeCases}</td>
                <td className="nhsuk-table__cell">
                  {figure(suggestion.weightedLoad)} of {figure(suggestion.capacity)}
                </td>
                <td className="nhsuk-table__cell">
                  {suggestion.headroom <= 0 ? (
                    <strong className="nhsuk-tag nhsuk-tag--red">Full</strong>
                  ) : (
                    figure(suggestion.headroom)
                  )}
                </td>
              </>
            );
          }}
        />
      </fieldset>
    </div>
  );
}
