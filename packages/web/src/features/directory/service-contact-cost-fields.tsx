import { type FormIssue, fieldId, messageFor } from '../../api/form-issues.ts';
import { TextField } from '../../components/text-field.tsx';
import { type ContactRow, type CostRow, newContactRow, newCostRow } from './service-form-values.ts';
import './directory.css';
import { Button } from '../../components/button.tsx';

interface RowsProps<Row> {
  rows: readonly Row[];
  onChange: (rows: Row[]) => void;
  issues: readonly FormIssue[];
  focusLater: (id: string) => void;
}

/** Who to contact about the service; empty rows are dropped when saving. */
export function ServiceContactsField({ rows, onChange, issues, focusLater }: RowsProps<ContactRow>) {
  const update = (key: string, change: Partial<ContactRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <section aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">Contacts</h2>
      {rows.map((contact, index) => {
        const field = (name: 'name' | 'email' | 'phone') => ({
          id: fieldId(`contacts.${index}.${name}`),
          value: contact[name],
          onChange: (value: string) => update(contact.key, { [name]: value }),
          error: messageFor(issues, `contacts.${index}.${name}`),
        });
        return (
          <fieldset className="nhsuk-fieldset kith-repeat-group" key={contact.key}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Contact {index + 1}</legend>
            <TextField label="Name or role" autoComplete="off" {...field('name')} />
            <TextField label="Email address" type="email" autoComplete="off" spellCheck={false} {...field('email')} />
            <TextField
              label="Phone number"
              type="tel"
              autoComplete="off"
              widthClass="nhsuk-input--width-20"
              {...field('phone')}
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
        );
      })}
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
export function ServiceCostsField({ rows, onChange, issues, focusLater }: RowsProps<CostRow>) {
  const update = (key: string, change: Partial<CostRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <section aria-labelledby="costs-heading">
      <h2 id="costs-heading">Costs</h2>
      <p className="nhsuk-body">Leave this empty if the service is free.</p>
      {rows.map((cost, index) => {
        const field = (name: 'option' | 'amount' | 'amountDescription') => ({
          id: fieldId(`costOptions.${index}.${name}`),
          value: cost[name],
          onChange: (value: string) => update(cost.key, { [name]: value }),
          error: messageFor(issues, `costOptions.${index}.${name}`),
        });
        return (
          <fieldset className="nhsuk-fieldset kith-repeat-group" key={cost.key}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Cost {index + 1}</legend>
            <TextField label="What it is for" hint="For example, per session" {...field('option')} />
            <TextField
              label="Amount in pounds"
              hint="0 for free"
              inputMode="decimal"
              widthClass="nhsuk-input--width-5"
              {...field('amount')}
            />
            <TextField
              label="More about this cost (optional)"
              hint="For example, concessions £2"
              {...field('amountDescription')}
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
        );
      })}
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
