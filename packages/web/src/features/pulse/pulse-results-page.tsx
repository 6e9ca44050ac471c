import {
  PULSE_ANSWER_LABELS,
  PULSE_ANSWER_VALUES,
  PULSE_QUESTION_TEXT,
  PULSE_QUESTIONS,
  type PulseFigures,
  type PulseResults,
} from '@kith/shared';
import { useParams } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { formatCalendarDate } from '../../components/date-format.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NhsTable } from '../../components/nhs-table.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { PULSE_ROUND_STATE_TAGS } from './pulse-labels.ts';
import { pulseResultsCsvUrl, usePulseResults } from './pulse-queries.ts';

/** `/pulse/results/:roundId`: one round's results. Hidden groups show only that they are hidden. */
export function PulseResultsPage() {
  const { roundId = '' } = useParams();
  const results = usePulseResults(roundId);
  usePageTitle(results.data ? `Pulse results: ${results.data.round.title}` : 'Pulse results');

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <BackLink to="/pulse/results">All pulse rounds</BackLink>
        {results.isPending ? <LoadingState what="the results" /> : null}
        {results.isError ? <ErrorState error={results.error} what="the results" onRetry={() => void results.refetch()} /> : null}
        {results.data ? <ResultsView results={results.data} /> : null}
      </div>
    </div>
  );
}

function ResultsView({ results }: { results: PulseResults }) {
  const { round } = results;
  const tag = PULSE_ROUND_STATE_TAGS[round.state];
  return (
    <>
      <h1>Pulse results: {round.title}</h1>
      <p className="nhsuk-body">
        {round.organisationName}, {formatCalendarDate(round.opensOn)} to {formatCalendarDate(round.closesOn)}{' '}
        <strong className={tag.className}>{tag.label}</strong>
      </p>
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
