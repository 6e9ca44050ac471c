import { WEEKDAYS } from '@kith/shared';
import { type FormIssue, fieldId, messageFor } from '../../api/form-issues.ts';
import { CheckboxesField } from '../../components/checkboxes-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { WEEKDAY_NAMES } from './opening-times.ts';
import { newScheduleRow, type ScheduleRow } from './service-form-values.ts';
import './directory.css';
import { Button } from '../../components/button.tsx';

interface LocationSchedulesFieldProps {
  /** Field path of the location, e.g. `locations.0`. */
  path: string;
  /** "location 1", for button names read out of context. */
  locationName: string;
  schedules: readonly ScheduleRow[];
  onChange: (schedules: ScheduleRow[]) => void;
  issues: readonly FormIssue[];
  focusLater: (id: string) => void;
}

const DAY_ITEMS = WEEKDAYS.map((day) => ({ value: day, label: WEEKDAY_NAMES[day] }));

/** A location's opening times: each row is the days it opens and the hours, added and removed freely. */
export function LocationSchedulesField({
  path,
  locationName,
  schedules,
  onChange,
  issues,
  focusLater,
}: LocationSchedulesFieldProps) {
  const addId = fieldId(`${path}.add-schedule`);
  const update = (key: string, change: Partial<ScheduleRow>) =>
    onChange(schedules.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () => {
    onChange([...schedules, newScheduleRow()]);
    focusLater(fieldId(`${path}.schedules.${schedules.length}.byday`));
  };
  const remove = (key: string) => {
    onChange(schedules.filter((row) => row.key !== key));
    focusLater(addId);
  };

  return (
    <>
      {schedules.map((schedule, index) => {
        const rowPath = `${path}.schedules.${index}`;
        return (
          <fieldset className="nhsuk-fieldset kith-repeat-group" key={schedule.key}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Opening time {index + 1}</legend>
            <CheckboxesField
              id={fieldId(`${rowPath}.byday`)}
              legend="Days"
              values={schedule.byday}
              onChange={(byday) => update(schedule.key, { byday })}
              items={DAY_ITEMS}
              error={messageFor(issues, `${rowPath}.byday`)}
            />
            <div className="kith-inline-fields">
              <TextField
                id={fieldId(`${rowPath}.opensAt`)}
                label="Opens"
                hint="24-hour clock, like 09:30"
                value={schedule.opensAt}
                onChange={(opensAt) => update(schedule.key, { opensAt })}
                widthClass="nhsuk-input--width-5"
                error={messageFor(issues, `${rowPath}.opensAt`)}
              />
              <TextField
                id={fieldId(`${rowPath}.closesAt`)}
                label="Closes"
                hint="24-hour clock, like 12:00"
                value={schedule.closesAt}
                onChange={(closesAt) => update(schedule.key, { closesAt })}
                widthClass="nhsuk-input--width-5"
                error={messageFor(issues, `${rowPath}.closesAt`)}
              />
            </div>
            <TextField
              id={fieldId(`${rowPath}.description`)}
              label="Note (optional)"
              hint="For example, term time only"
              value={schedule.description}
              onChange={(description) => update(schedule.key, { description })}
              error={messageFor(issues, `${rowPath}.description`)}
            />
            <Button type="button" variant="secondary" small onClick={() => remove(schedule.key)}>
              Remove opening time {index + 1}
              <span className="nhsuk-u-visually-hidden"> of {locationName}</span>
            </Button>
          </fieldset>
        );
      })}
      <div className="nhsuk-form-group">
        <Button type="button" id={addId} variant="secondary" small onClick={add}>
          Add an opening time<span className="nhsuk-u-visually-hidden"> to {locationName}</span>
        </Button>
      </div>
    </>
  );
}
