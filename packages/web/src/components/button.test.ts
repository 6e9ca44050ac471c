import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Button, ButtonLink, buttonClass } from './button.tsx';

describe('buttonClass', () => {
  it('gives a primary button the plain NHS class', () => {
    expect(buttonClass({})).toBe('nhsuk-button');
    expect(buttonClass({ variant: 'primary' })).toBe('nhsuk-button');
  });

  it('adds the variant, then the small size, then any extra classes', () => {
    expect(buttonClass({ variant: 'secondary', small: true, className: 'nhsuk-u-margin-bottom-0' })).toBe(
      'nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0',
    );
    expect(buttonClass({ variant: 'warning' })).toBe('nhsuk-button nhsuk-button--warning');
    expect(buttonClass({ variant: 'reverse' })).toBe('nhsuk-button nhsuk-button--reverse');
  });
});

describe('Button', () => {
  it('renders an NHS button of the given type, passing other props to the element', () => {
    const html = renderToStaticMarkup(
      createElement(Button, { type: 'submit', variant: 'secondary', value: 'draft', id: 'save-draft' }, 'Save as draft'),
    );
    expect(html).toBe(
      '<button value="draft" id="save-draft" class="nhsuk-button nhsuk-button--secondary" type="submit">Save as draft</button>',
    );
  });

  it('is disabled and shows its pending label while pending', () => {
    const html = renderToStaticMarkup(createElement(Button, { type: 'submit', pending: true, pendingLabel: 'Saving…' }, 'Save'));
    expect(html).toBe('<button class="nhsuk-button" type="submit" disabled="">Saving…</button>');
  });

  it('keeps its usual label while pending when it has no pending label', () => {
    const html = renderToStaticMarkup(createElement(Button, { type: 'button', pending: true }, 'Remove'));
    expect(html).toBe('<button class="nhsuk-button" type="button" disabled="">Remove</button>');
  });

  it('is enabled with its usual label when not pending, unless disabled is asked for', () => {
    expect(renderToStaticMarkup(createElement(Button, { type: 'submit', pending: false, pendingLabel: 'Saving…' }, 'Save'))).toBe(
      '<button class="nhsuk-button" type="submit">Save</button>',
    );
    expect(renderToStaticMarkup(createElement(Button, { type: 'button', disabled: true }, 'Save'))).toBe(
      '<button class="nhsuk-button" type="button" disabled="">Save</button>',
    );
  });
});

describe('ButtonLink', () => {
  it('renders a link with the NHS button classes', () => {
    const html = renderToStaticMarkup(
      createElement(
        MemoryRouter,
        null,
        createElement(
          ButtonLink,
          { to: '/admin/users/new', variant: 'secondary', className: 'nhsuk-u-margin-bottom-0' },
          'Add a user',
        ),
      ),
    );
    expect(html).toBe(
      '<a class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" href="/admin/users/new" data-discover="true">Add a user</a>',
    );
  });
});
