import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Widget } from './dashboard-widgets.ts';

/** One card of the dashboard grid: its heading (h2, so headings stay in order), then what `children` gives. */
export function WidgetFrame({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const headingId = `widget-${id}`;
  return (
    <li className="nhsuk-grid-column-one-third nhsuk-card-group__item">
      <section className="nhsuk-card kith-widget" aria-labelledby={headingId}>
        <div className="nhsuk-card__content">
          <h2 className="nhsuk-card__heading nhsuk-heading-s" id={headingId}>
            {title}
          </h2>
          {children}
        </div>
      </section>
    </li>
  );
}

/** A widget: its key figures (a description list, each read with its label), a short list and "See all". */
export function WidgetCard({ widget }: { widget: Widget }) {
  return (
    <WidgetFrame id={widget.id} title={widget.title}>
      <dl className="kith-widget__figures">
        {widget.figures.map((figure) => (
          <div className="kith-widget__figure" key={figure.label}>
            <dt className="kith-widget__label">{figure.label}</dt>
            <dd className="kith-widget__value">
              {figure.spoken ? (
                <>
                  <span aria-hidden="true">{figure.value}</span>
                  <span className="nhsuk-u-visually-hidden">{figure.spoken}</span>
                </>
              ) : (
                figure.value
              )}
            </dd>
          </div>
        ))}
      </dl>
      {widget.rows.length > 0 ? (
        <ul className="nhsuk-list kith-widget__rows">
          {widget.rows.map((row) => (
            <li key={row.key}>
              {row.href ? <Link to={row.href}>{row.text}</Link> : row.text}
              {row.detail ? (
                <span className="nhsuk-body-s nhsuk-u-secondary-text-colour kith-widget__detail">{row.detail}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : widget.empty ? (
        <p className="nhsuk-body-s">{widget.empty}</p>
      ) : null}
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
        <Link to={widget.seeAll.href}>{widget.seeAll.text}</Link>
      </p>
    </WidgetFrame>
  );
}
