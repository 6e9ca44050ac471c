import type { OrukImportReport } from '@kith/shared';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OrukImportResult } from './oruk-import-result.tsx';

const serviceId = '3a19ff88-4620-4d17-9830-ac1d859eb5d5';

function report(overrides: Partial<OrukImportReport> = {}): OrukImportReport {
  return {
    committed: true,
    processed: 2,
    created: 2,
    updated: 0,
    unchanged: 0,
    errorCount: 0,
    errors: [],
    warningCount: 0,
    warnings: [],
    ...overrides,
  };
}

const render = (value: OrukImportReport) => renderToStaticMarkup(createElement(OrukImportResult, { report: value }));

describe('OrukImportResult', () => {
  it('shows each warning in a callout with a heading and a captioned table naming service, field and what was left out', () => {
    const html = render(
      report({
        warningCount: 1,
        warnings: [
          {
            index: 1,
            id: serviceId,
            path: 'service_at_locations.0.location.latitude',
            message: `Location 5c0b was left out of service ${serviceId}: latitude: A latitude must be a number between -90 and 90`,
          },
        ],
      }),
    );
    expect(html).toContain('<div class="nhsuk-warning-callout"><h2 class="nhsuk-warning-callout__label">');
    expect(html).toContain('<span class="nhsuk-u-visually-hidden">Important: </span>1 warning: parts left out</h2>');
    expect(html).toMatch(/<caption[^>]*>Parts of records left out<\/caption>/);
    expect(html).toContain('<th class="nhsuk-table__header" scope="col">What was left out</th>');
    expect(html).toContain('<td class="nhsuk-table__cell">2</td>');
    expect(html).toContain('<td class="nhsuk-table__cell">service_at_locations.0.location.latitude</td>');
    expect(html).toContain('A latitude must be a number between -90 and 90');
    expect(html).toContain('Imported: 2 new services and 0 updated. 1 warning: parts of records were left out.');
  });

  it('says how many warnings are listed when there are more than the report carries', () => {
    const warning = { index: 0, path: 'organization.parent_organization_id', message: 'Parent not found' };
    const html = render(report({ committed: false, warningCount: 1500, warnings: [warning] }));
    expect(html).toContain('The first 1 of 1500 warnings are listed.');
    expect(html).toContain('Parts of records listed under warnings will be left out.');
  });

  it('shows no callout when nothing was left out', () => {
    expect(render(report())).not.toContain('nhsuk-warning-callout');
  });
});
