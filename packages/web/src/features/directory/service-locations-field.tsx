import { LOCATION_TYPES, type LocationType } from '@kith/shared';
import { type FormIssue, fieldId, messageFor } from '../../api/form-issues.ts';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { LocationSchedulesField } from './location-schedules-field.tsx';
import { type LocationRow, newLocationRow } from './service-form-values.ts';
import './directory.css';
import { Button } from '../../components/button.tsx';

interface ServiceLocationsFieldProps {
  locations: readonly LocationRow[];
  onChange: (locations: LocationRow[]) => void;
  issues: readonly FormIssue[];
  focusLater: (id: string) => void;
}

const LOCATION_TYPE_LABELS: Record<LocationType, string> = {
  physical: 'A place people go to',
  postal: 'A postal address only',
  virtual: 'Online or by phone',
};

/** Where the service runs: each location with its address and opening times, added and removed freely. */
export function ServiceLocationsField({ locations, onChange, issues, focusLater }: ServiceLocationsFieldProps) {
  const update = (key: string, change: Partial<LocationRow>) =>
    onChange(locations.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () => {
    onChange([...locations, newLocationRow()]);
    focusLater(fieldId(`locations.${locations.length}.name`));
  };
  const remove = (key: string) => {
    onChange(locations.filter((row) => row.key !== key));
    focusLater('add-location');
  };

  return (
    <section aria-labelledby="locations-heading">
      <h2 id="locations-heading">Locations and opening times</h2>
      {locations.length === 0 ? (
        <p className="nhsuk-body">No locations yet. Search by distance only finds services with a location and postcode.</p>
      ) : null}
      {locations.map((location, index) => {
        const path = `locations.${index}`;
        const text = (field: 'name' | 'address1' | 'city' | 'postcode' | 'accessibility') => ({
          id: fieldId(`${path}.${field}`),
          value: location[field],
          onChange: (value: string) => update(location.key, { [field]: value }),
          error: messageFor(issues, `${path}.${field}`),
        });
        return (
          <fieldset className="nhsuk-fieldset kith-repeat-group" key={location.key}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Location {index + 1}</legend>
            <TextField label="Name of the place" hint="For example, Riverside Community Hall" {...text('name')} />
            <SelectField
              id={fieldId(`${path}.locationType`)}
              label="Kind of location"
              value={location.locationType}
              onChange={(value) =>
                update(location.key, { locationType: LOCATION_TYPES.find((type) => type === value) ?? 'physical' })
              }
              options={LOCATION_TYPES.map((type) => ({ value: type, label: LOCATION_TYPE_LABELS[type] }))}
              error={messageFor(issues, `${path}.locationType`)}
            />
            <TextField label="Address" autoComplete="off" {...text('address1')} />
            <TextField label="Town or city" widthClass="nhsuk-input--width-20" autoComplete="off" {...text('city')} />
            <TextField
              label="Postcode"
              hint="Used to find the service by distance"
              widthClass="nhsuk-input--width-10"
              autoComplete="off"
              {...text('postcode')}
            />
            <TextField
              label="Accessibility (optional)"
              hint="For example, step-free entrance, hearing loop"
              {...text('accessibility')}
            />
            <LocationSchedulesField
              path={path}
              locationName={`location ${index + 1}`}
              schedules={location.schedules}
              onChange={(schedules) => update(location.key, { schedules })}
              issues={issues}
              focusLater={focusLater}
            />
            <Button type="button" variant="secondary" onClick={() => remove(location.key)}>
              Remove location {index + 1}
            </Button>
          </fieldset>
        );
      })}
      <Button type="button" id="add-location" variant="secondary" onClick={add}>
        Add a location
      </Button>
    </section>
  );
}
