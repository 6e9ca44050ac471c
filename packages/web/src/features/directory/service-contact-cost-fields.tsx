import type { Control } from 'react-hook-form';
import { fieldId } from '../../api/form-issues.ts';
import { FormTextField } from '../../components/form/bound-fields.tsx';
import { type ContactRow, type CostRow, newContactRow, newCostRow, type ServiceFormValues } from './service-form-values.ts';
import './directory.css';
import { Button } from '../../components/button.tsx';

interface RowsProps<Row> {
  control: Control<ServiceFormValues>;
  rows: readonly Row[];
  onChange: (rows: Row[]) => void;
  focusLater: (id: string) => void;
}

/** Who to contact about the service; empty rows are dropped when saving. */
export function ServiceContactsField({ control, rows, onChange, focusLater }: RowsProps<ContactRow>) {
  return (
    <section aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">Contacts</h2>
      {rows.map((contact, index) => (
        <fieldset className="nhsuk-fieldset kith-repeat-group" key={contact.key}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Contact {index + 1}</legend>
          <FormTextField control={control} name={`contacts.${index}.name`} label="Name or role" autoComplete="off" />
          <FormTextField
            control={control}
            name={`contacts.${index}.email`}
            label="Email address"
            type="email"
            autoComplete="off"
            spellCheck={false}
          />
          <FormTextField
            control={control}
            name={`contacts.${index}.phone`}
            label="Phone number"
            type="tel"
            autoComplete="off"
            widthClass="nhsuk-input--width-20"
          />
          <Button
            type="button"
            variant="secondary"
            small
            onClick={() => {
              onChange(rows.filter((row) => row.key !== contact.key));
              focusLater('add-contact');
            }}
          >
            Remove contact {index + 1}
          </Button>
        </fieldset>
      ))}
      <Button
        type="button"
        id="add-contact"
        variant="secondary"
        onClick={() => {
          onChange([...rows, newContactRow()]);
          focusLater(fieldId(`contacts.${rows.length}.name`));
        }}
      >
        Add a contact
      </Button>
    </section>
  );
}

/** What the service costs; no cost options, or an amount of 0, means free. */
export function ServiceCostsField({ control, rows, onChange, focusLater }: RowsProps<CostRow>) {
  return (
    <section aria-labelledby="costs-heading">
      <h2 id="costs-heading">Costs</h2>
      <p className="nhsuk-body">Leave this empty if the service is free.</p>
      {rows.map((cost, index) => (
        <fieldset className="nhsuk-fieldset kith-repeat-group" key={cost.key}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Cost {index + 1}</legend>
          <FormTextField
            control={control}
            name={`costOptions.${index}.option`}
            label="What it is for"
            hint="For example, per session"
          />
          <FormTextField
            control={control}
            name={`costOptions.${index}.amount`}
            label="Amount in pounds"
            hint="0 for free"
            inputMode="decimal"
            widthClass="nhsuk-input--width-5"
          />
          <FormTextField
            control={control}
            name={`costOptions.${index}.amountDescription`}
            label="More about this cost (optional)"
            hint="For example, concessions £2"
          />
          <Button
            type="button"
            variant="secondary"
            small
            onClick={() => {
              onChange(rows.filter((row) => row.key !== cost.key));
              focusLater('add-cost');
            }}
          >
            Remove cost {index + 1}
          </Button>
        </fieldset>
      ))}
      <Button
        type="button"
        id="add-cost"
        variant="secondary"
        onClick={() => {
          onChange([...rows, newCostRow()]);
          focusLater(fieldId(`costOptions.${rows.length}.option`));
        }}
      >
        Add a cost
      </Button>
    </section>
  );
}
