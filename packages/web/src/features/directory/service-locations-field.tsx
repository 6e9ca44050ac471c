import { LOCATION_TYPES, type LocationType } from '@kith/shared';
import type { Control } from 'react-hook-form';
import { fieldId } from '../../api/form-issues.ts';
import { FormSelectField, FormTextField } from '../../components/form/bound-fields.tsx';
import { LocationSchedulesField } from './location-schedules-field.tsx';
import { type LocationRow, newLocationRow, type ServiceFormValues } from './service-form-values.ts';
import './directory.css';
import { Button } from '../../components/button.tsx';

interface ServiceLocationsFieldProps {
  control: Control<ServiceFormValues>;
  locations: readonly LocationRow[];
  onChange: (locations: LocationRow[]) => void;
  focusLater: (id: string) => void;
}

const LOCATION_TYPE_LABELS: Record<LocationType, string> = {
  physical: 'A place people go to',
  postal: 'A postal address only',
  virtual: 'Online or by phone',
};

const LOCATION_TYPE_OPTIONS = LOCATION_TYPES.map((type) => ({ value: type, label: LOCATION_TYPE_LABELS[type] }));

/** Where the service runs: each location with its address and opening times, added and removed freely. */
export function ServiceLocationsField({ control, locations, onChange, focusLater }: ServiceLocationsFieldProps) {
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
        const path = `locations.${index}` as const;
        return (
          <fieldset className="nhsuk-fieldset kith-repeat-group" key={location.key}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Location {index + 1}</legend>
            <FormTextField
              control={control}
              name={`${path}.name`}
              label="Name of the place"
              hint="For example, Riverside Community Hall"
            />
            <FormSelectField
              control={control}
              name={`${path}.locationType`}
              label="Kind of location"
              options={LOCATION_TYPE_OPTIONS}
            />
            <FormTextField control={control} name={`${path}.address1`} label="Address" autoComplete="off" />
            <FormTextField
              control={control}
              name={`${path}.city`}
              label="Town or city"
              widthClass="nhsuk-input--width-20"
              autoComplete="off"
            />
            <FormTextField
              control={control}
              name={`${path}.postcode`}
              label="Postcode"
              hint="Used to find the service by distance"
              widthClass="nhsuk-input--width-10"
              autoComplete="off"
            />
            <FormTextField
              control={control}
              name={`${path}.accessibility`}
              label="Accessibility (optional)"
              hint="For example, step-free entrance, hearing loop"
            />
            <LocationSchedulesField
              control={control}
              locationIndex={index}
              locationName={`location ${index + 1}`}
              schedules={location.schedules}
              onChange={(schedules) => update(location.key, { schedules })}
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
