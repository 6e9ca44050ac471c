import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DateInputField } from './date-input-field.tsx';

function renderDate(options: { autoComplete?: 'bday'; error?: string }): string {
  return renderToStaticMarkup(
    createElement(DateInputField, {
      id: 'dob',
      legend: 'Date of birth',
      value: { day: '15', month: '3', year: '1984' },
      onChange: () => {},
      ...options,
    }),
  );
}

describe('DateInputField', () => {
  it('gives each box its own birthday autocomplete token for a date of birth', () => {
    const html = renderDate({ autoComplete: 'bday' });
    expect(html).toMatch(/id="dob"[^>]*autoComplete="bday-day"/);
    expect(html).toMatch(/id="dob-month"[^>]*autoComplete="bday-month"/);
    expect(html).toMatch(/id="dob-year"[^>]*autoComplete="bday-year"/);
  });

  it('leaves autocomplete off other dates', () => {
    expect(renderDate({})).not.toContain('autoComplete');
  });

  it('marks every box invalid and links the message when there is an error', () => {
    const html = renderDate({ error: 'Date of birth must be a real date' });
    expect(html).toContain('aria-describedby="dob-error"');
    expect(html.match(/aria-invalid="true"/g)).toHaveLength(3);
    expect(html.match(/nhsuk-input--error/g)).toHaveLength(3);
    expect(renderDate({})).not.toContain('aria-invalid');
  });
});
