import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NhsTable } from './nhs-table.tsx';

interface Fruit {
  id: string;
  name: string;
}

function renderFruitTable(rows: readonly Fruit[], emptyMessage?: string): string {
  return renderToStaticMarkup(
    createElement(NhsTable<Fruit>, {
      caption: 'Fruit',
      captionStyle: 'visually-hidden',
      columns: ['Name', 'Id'],
      rows,
      rowKey: (fruit) => fruit.id,
      renderRow: (fruit) => [
        createElement('th', { className: 'nhsuk-table__header', scope: 'row', key: 'name' }, fruit.name),
        createElement('td', { className: 'nhsuk-table__cell', key: 'id' }, fruit.id),
      ],
      ...(emptyMessage ? { emptyMessage } : {}),
    }),
  );
}

describe('NhsTable', () => {
  it('scrolls inside its own region, named by the caption', () => {
    expect(renderFruitTable([])).toContain(
      '<section class="kith-table-scroll" aria-label="Fruit" tabindex="0"><table class="nhsuk-table">',
    );
  });

  it('names the table with its caption and gives every column a scoped header', () => {
    const html = renderFruitTable([{ id: 'f1', name: 'Apple' }]);
    expect(html).toContain('<caption class="nhsuk-table__caption nhsuk-u-visually-hidden">Fruit</caption>');
    expect(html).toContain(
      '<th class="nhsuk-table__header" scope="col">Name</th><th class="nhsuk-table__header" scope="col">Id</th>',
    );
  });

  it('renders one body row per item, keeping a row header where the caller gives one', () => {
    const html = renderFruitTable([
      { id: 'f1', name: 'Apple' },
      { id: 'f2', name: 'Pear' },
    ]);
    expect(html).toContain(
      '<tbody class="nhsuk-table__body"><tr class="nhsuk-table__row"><th class="nhsuk-table__header" scope="row">Apple</th><td class="nhsuk-table__cell">f1</td></tr><tr class="nhsuk-table__row"><th class="nhsuk-table__header" scope="row">Pear</th>',
    );
  });

  it('shows the empty message in one row spanning every column when there are no rows', () => {
    const html = renderFruitTable([], 'There is no fruit yet.');
    expect(html).toContain('<td class="nhsuk-table__cell" colSpan="2">There is no fruit yet.</td>');
  });

  it('leaves the body empty when there are no rows and no empty message', () => {
    expect(renderFruitTable([])).toContain('<tbody class="nhsuk-table__body"></tbody>');
  });
});
