import { useState } from 'react';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../components/date-format.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { CloseRoundButton } from './pulse-close-round-button.tsx';
import { PULSE_CLOSE_EARLY_EXPLANATION, PULSE_RESULTS_WAIT_EXPLANATION, PULSE_ROUND_STATE_TAGS } from './pulse-labels.ts';
import { usePulseRounds } from './pulse-queries.ts';
import { PulseRoundForm } from './pulse-round-form.tsx';

/**
 * `/pulse/results`: the PCN manager's pulse rounds with their state, a way to close an open one
 * early (results wait for the close), a form to open one, and links to results.
 */
export function PulseRoundsPage() {
  usePageTitle('Wellbeing pulse results');
  const { page, hrefFor } = usePageParam();
  const rounds = usePulseRounds(page);
  const [banner, setBanner] = useState<{ message: string; detail: string } | null>(null);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>Wellbeing pulse results</h1>
        <SuccessBanner message={banner?.message} detail={banner?.detail} />
        <p className="nhsuk-body">
          Link workers answer four short statements anonymously. Results are shown for each primary care network only when 5 or
          more people in it have answered, on this page and in the download alike.
        </p>
        <p className="nhsuk-body">{PULSE_RESULTS_WAIT_EXPLANATION}</p>
        <p className="nhsuk-body">{PULSE_CLOSE_EARLY_EXPLANATION}</p>
        <QueryState query={rounds} what="pulse rounds">
          {(data) => (
            <>
              <NhsTable
                caption="Pulse rounds"
                captionStyle="medium"
                columns={['Round', 'For', 'Opens', 'Closes', 'Status', 'Results']}
                rows={data.items}
                rowKey={(round) => round.id}
                emptyMessage="No pulse rounds yet. Open one below."
                renderRow={(round) => (
                  <>
                    <th className="nhsuk-table__header" scope="row">
                      <Link to={`/pulse/results/${round.id}`}>{round.title}</Link>
                    </th>
                    <td className="nhsuk-table__cell">{round.organisationName}</td>
                    <td className="nhsuk-table__cell">{formatCalendarDate(round.opensOn)}</td>
                    <td className="nhsuk-table__cell">{formatCalendarDate(round.closesOn)}</td>
                    <td className="nhsuk-table__cell">
                      <strong className={PULSE_ROUND_STATE_TAGS[round.state].className}>
                        {PULSE_ROUND_STATE_TAGS[round.state].label}
                      </strong>
                    </td>
                    <td className="nhsuk-table__cell">
                      {round.state === 'closed' ? 'Ready to view' : null}
                      {round.state === 'upcoming' ? 'Shown once the round closes' : null}
                      {round.state === 'open' ? (
                        <CloseRoundButton
                          round={round}
                          onClosed={(closed) =>
                            setBanner({
                              message: `The round “${closed.title}” has been closed`,
                              detail: 'It no longer takes answers, and its results can now be viewed.',
                            })
                          }
                        />
                      ) : null}
                    </td>
                  </>
                )}
              />
              <PaginationNav of={data} noun="pulse rounds" hrefFor={hrefFor} />
            </>
          )}
        </QueryState>
        <PulseRoundForm
          onCreated={(round) =>
            setBanner({
              message: `The round “${round.title}” has been opened`,
              detail: 'Link workers covered by it will see it on their pulse page while it is open.',
            })
          }
        />
      </div>
    </div>
  );
}
