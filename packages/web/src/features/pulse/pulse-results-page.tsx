import {
  PULSE_ANSWER_LABELS,
  PULSE_ANSWER_VALUES,
  PULSE_QUESTION_TEXT,
  PULSE_QUESTIONS,
  type PulseFigures,
  type PulseResults,
  type PulseRound,
  pulseResultsWaitMessage,
} from '@kith/shared';
import { useState } from 'react';
import { useParams } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { formatCalendarDate } from '../../components/date-format.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NhsTable } from '../../components/nhs-table.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { CloseRoundButton } from './pulse-close-round-button.tsx';
import { PULSE_CLOSE_EARLY_EXPLANATION, PULSE_RESULTS_WAIT_EXPLANATION, PULSE_ROUND_STATE_TAGS } from './pulse-labels.ts';
import { pulseResultsCsvUrl, usePulseResults, usePulseRounds } from './pulse-queries.ts';

/**
 * `/pulse/results/:roundId`: one round's results. Hidden groups show only that they are hidden,
 * and a round that has not closed shows why its results wait (the server refuses them anyway).
 */
export function PulseResultsPage() {
  const { roundId = '' } = useParams();
  // Rounds that are not closed yet open last, so they are on the first (largest) page.
  const rounds = usePulseRounds(1, 200);
  const listed = rounds.data?.items.find((round) => round.id === roundId);
  // A round missing from the list still asks, so the server's "not found" is what is shown.
  const waiting = listed && listed.state !== 'closed' ? listed : undefined;
  const results = usePulseResults(roundId, rounds.isSuccess && !waiting);
  const [closedNow, setClosedNow] = useState(false);
  const title = waiting?.title ?? results.data?.round.title;
  usePageTitle(title ? `Pulse results: ${title}` : 'Pulse results');
  const loading = rounds.isPending || (!waiting && results.isPending && !rounds.isError);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <BackLink to="/pulse/results">All pulse rounds</BackLink>
        <SuccessBanner
          message={closedNow ? 'The round has been closed' : null}
          detail="It no longer takes answers. Its results are below."
        />
        {loading ? <LoadingState what="the results" /> : null}
        {rounds.isError ? <ErrorState error={rounds.error} what="the results" onRetry={() => void rounds.refetch()} /> : null}
        {results.isError ? <ErrorState error={results.error} what="the results" onRetry={() => void results.refetch()} /> : null}
        {waiting ? <WaitingView round={waiting} onClosed={() => setClosedNow(true)} /> : null}
        {results.data && !waiting ? <ResultsView results={results.data} /> : null}
      </div>
    </div>
  );
}

function RoundSummary({ round }: { round: PulseRound }) {
  const tag = PULSE_ROUND_STATE_TAGS[round.state];
  return (
    <p className="nhsuk-body">
      {round.organisationName}, {formatCalendarDate(round.opensOn)} to {formatCalendarDate(round.closesOn)}{' '}
      <strong className={tag.className}>{tag.label}</strong>
    </p>
  );
}

/** A round still open (or not open yet): the reason there are no figures, and for an open one the way to close it. */
function WaitingView({ round, onClosed }: { round: PulseRound; onClosed: () => void }) {
  return (
    <>
      <h1>Pulse results: {round.title}</h1>
      <RoundSummary round={round} />
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>{pulseResultsWaitMessage(round.closesOn)}</p>
      </div>
      <p className="nhsuk-body">{PULSE_RESULTS_WAIT_EXPLANATION}</p>
      {round.state === 'open' ? (
        <>
          <p className="nhsuk-body">{PULSE_CLOSE_EARLY_EXPLANATION}</p>
          <CloseRoundButton round={round} onClosed={onClosed} />
        </>
      ) : null}
    </>
  );
}

function ResultsView({ results }: { results: PulseResults }) {
  const { round } = results;
  return (
    <>
      <h1>Pulse results: {round.title}</h1>
      <RoundSummary round={round} />
      <p className="nhsuk-body">
        Means are on a scale of 1 (strongly disagree) to 5 (strongly agree). A group's figures appear only once{' '}
        {results.minimumGroup} or more people in it have answered.
      </p>
      <NhsTable
        caption="Average answer by primary care network"
        captionStyle="medium"
        columns={['Group', 'Responses', ...PULSE_QUESTIONS.map((question) => PULSE_QUESTION_TEXT[question])]}
        rows={[...results.groups, ...(results.overall ? [{ overall: results.overall }] : [])]}
        rowKey={(row) => ('overall' in row ? 'overall' : row.organisationId)}
        emptyMessage="Nobody has answered this round yet."
        renderRow={(row) => {
          if ('overall' in row) return <FigureCells name="All groups" figures={row.overall} />;
          if (row.shown) return <FigureCells name={row.organisationName} figures={row.figures} />;
          return (
            <>
              <th className="nhsuk-table__header" scope="row">
                {row.organisationName}
              </th>
              <td className="nhsuk-table__cell" colSpan={1 + PULSE_QUESTIONS.length}>
                {row.note}
              </td>
            </>
          );
        }}
      />
      {results.overallNote && results.groups.length > 0 ? <p className="nhsuk-body">{results.overallNote}</p> : null}
      {results.groups.flatMap((group) =>
        group.shown ? [<Distribution key={group.organisationId} name={group.organisationName} figures={group.figures} />] : [],
      )}
      <p className="nhsuk-body">
        <a href={pulseResultsCsvUrl(round.id)} download>
          Download these results (CSV)
        </a>
      </p>
    </>
  );
}

function FigureCells({ name, figures }: { name: string; figures: PulseFigures }) {
  return (
    <>
      <th className="nhsuk-table__header" scope="row">
        {name}
      </th>
      <td className="nhsuk-table__cell">{figures.n}</td>
      {figures.questions.map((question) => (
        <td className="nhsuk-table__cell" key={question.question}>
          {question.mean.toFixed(2)}
        </td>
      ))}
    </>
  );
}

/** How many chose each answer, per statement, for one group shown. */
function Distribution({ name, figures }: { name: string; figures: PulseFigures }) {
  return (
    <NhsTable
      caption={`How ${name} answered (${figures.n} responses)`}
      captionStyle="medium"
      columns={['Statement', ...PULSE_ANSWER_VALUES.map((value) => PULSE_ANSWER_LABELS[value])]}
      rows={figures.questions}
      rowKey={(question) => question.question}
      renderRow={(question) => (
        <>
          <th className="nhsuk-table__header" scope="row">
            {question.text}
          </th>
          {question.distribution.map((count, index) => (
            <td className="nhsuk-table__cell" key={PULSE_ANSWER_VALUES[index]}>
              {count}
            </td>
          ))}
        </>
      )}
    />
  );
}
