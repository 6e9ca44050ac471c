import { WEEKDAYS } from '@kith/shared';
import type { Control } from 'react-hook-form';
import { fieldId } from '../../api/form-issues.ts';
import { FormCheckboxesField, FormTextField } from '../../components/form/bound-fields.tsx';
import { WEEKDAY_NAMES } from './opening-times.ts';
import { newScheduleRow, type ScheduleRow, type ServiceFormValues } from './service-form-values.ts';
import './directory.css';
import { Button } from '../../components/button.tsx';

interface LocationSchedulesFieldProps {
  control: Control<ServiceFormValues>;
  /** Which location, as in its field path `locations.0`. */
  locationIndex: number;
  /** "location 1", for button names read out of context. */
  locationName: string;
  schedules: readonly ScheduleRow[];
  onChange: (schedules: ScheduleRow[]) => void;
  focusLater: (id: string) => void;
}

const DAY_ITEMS = WEEKDAYS.map((day) => ({ value: day, label: WEEKDAY_NAMES[day] }));

/** A location's opening times: each row is the days it opens and the hours, added and removed freely. */
export function LocationSchedulesField({
  control,
  locationIndex,
  locationName,
  schedules,
  onChange,
  focusLater,
}: LocationSchedulesFieldProps) {
  const path = `locations.${locationIndex}` as const;
  const addId = fieldId(`${path}.add-schedule`);
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
        const rowPath = `${path}.schedules.${index}` as const;
        return (
          <fieldset className="nhsuk-fieldset kith-repeat-group" key={schedule.key}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Opening time {index + 1}</legend>
            <FormCheckboxesField control={control} name={`${rowPath}.byday`} legend="Days" items={DAY_ITEMS} />
            <div className="kith-inline-fields">
              <FormTextField
                control={control}
                name={`${rowPath}.opensAt`}
                label="Opens"
                hint="24-hour clock, like 09:30"
                widthClass="nhsuk-input--width-5"
              />
              <FormTextField
                control={control}
                name={`${rowPath}.closesAt`}
                label="Closes"
                hint="24-hour clock, like 12:00"
                widthClass="nhsuk-input--width-5"
              />
            </div>
            <FormTextField
              control={control}
              name={`${rowPath}.description`}
              label="Note (optional)"
              hint="For example, term time only"
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
