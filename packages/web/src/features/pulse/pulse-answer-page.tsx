import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { PulseAnswerForm } from './pulse-answer-form.tsx';
import { PULSE_ANONYMITY_STATEMENT } from './pulse-labels.ts';
import { useCurrentPulseRounds } from './pulse-queries.ts';

/** `/pulse`: the link worker's wellbeing pulse — the current round, a thank-you, or nothing to answer. */
export function PulseAnswerPage() {
  usePageTitle('Wellbeing pulse');
  const current = useCurrentPulseRounds();
  const [thanked, setThanked] = useState(false);
  const next = current.data?.items[0];

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Wellbeing pulse</h1>
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>{PULSE_ANONYMITY_STATEMENT}</p>
        </div>
        {thanked ? (
          <div className="nhsuk-panel" role="status">
            <h2 className="nhsuk-panel__heading">Thank you</h2>
            <div className="nhsuk-panel__body">
              Your answers have been saved anonymously. They help your primary care network see how link workers are doing.
            </div>
          </div>
        ) : null}
        {current.isPending ? <LoadingState what="the pulse" /> : null}
        {current.isError ? <ErrorState error={current.error} what="the pulse" onRetry={() => void current.refetch()} /> : null}
        {current.data && !next && !thanked ? (
          <p className="nhsuk-body">
            There is nothing for you to answer just now. You will be asked again when the next round opens.
          </p>
        ) : null}
        {next ? <PulseAnswerForm key={next.id} round={next} onAnswered={() => setThanked(true)} /> : null}
        {thanked && current.data && !next ? (
          <p className="nhsuk-body">
            <Link to="/">Back to the home page</Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}
