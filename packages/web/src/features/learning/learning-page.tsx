import { COMPETENCY_RATING_LABELS } from '@kith/shared';
import { Link, useLocation } from 'react-router';
import { formatCalendarDate } from '../../components/date-format.ts';
import { readFlash } from '../../components/flash-state.ts';
import { NhsTable } from '../../components/nhs-table.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useFrameworks, useMyLearning } from './learning-queries.ts';
import { SelfAssessmentForm } from './self-assessment-form.tsx';
import './learning.css';

/** `/learning`: what is due, what I have completed, and my competency self-assessment. */
export function LearningPage() {
  usePageTitle('My learning');
  const flash = readFlash(useLocation().state);
  const mine = useMyLearning();
  const frameworks = useFrameworks();
  const data = mine.data;
  const framework = frameworks.data?.[0];
  const previous = data?.latestSelfAssessment ?? null;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>My learning</h1>
        <SuccessBanner message={flash?.flash} />
        <QueryState query={mine} what="your learning">
          {(progress) => (
            <>
              <NhsTable
                caption="Due"
                captionStyle="medium"
                columns={['Course', 'Status', 'Due', '']}
                rows={progress.due}
                rowKey={(d) => d.courseId}
                emptyMessage="Nothing is due. Well done."
                renderRow={(d) => (
                  <>
                    <th className="nhsuk-table__header" scope="row">
                      {d.title}
                    </th>
                    <td className="nhsuk-table__cell">
                      <strong className={d.status === 'overdue' ? 'nhsuk-tag nhsuk-tag--red' : 'nhsuk-tag nhsuk-tag--yellow'}>
                        {d.status === 'overdue' ? 'Overdue' : 'Due'}
                      </strong>
                    </td>
                    <td className="nhsuk-table__cell">{d.dueOn ? formatCalendarDate(d.dueOn) : 'Now'}</td>
                    <td className="nhsuk-table__cell">
                      <Link to={`/learning/record?courseId=${d.courseId}`}>
                        Record completion<span className="nhsuk-u-visually-hidden"> of {d.title}</span>
                      </Link>
                    </td>
                  </>
                )}
              />
              <p className="nhsuk-body">
                <Link to="/learning/record">Record another completed course</Link>
              </p>
              <NhsTable
                caption="Completed"
                captionStyle="medium"
                columns={['Course', 'Completed', 'Evidence']}
                rows={progress.completions}
                rowKey={(c) => c.id}
                emptyMessage="You have not recorded any completed courses yet."
                renderRow={(c) => (
                  <>
                    <th className="nhsuk-table__header" scope="row">
                      {c.courseTitle}
                    </th>
                    <td className="nhsuk-table__cell">{formatCalendarDate(c.completedOn)}</td>
                    <td className="nhsuk-table__cell learning-evidence">{c.evidence}</td>
                  </>
                )}
              />
              {previous ? (
                <section aria-labelledby="previous-heading">
                  <h2 id="previous-heading">Your last self-assessment</h2>
                  <p className="nhsuk-body">
                    {previous.frameworkName}, {formatCalendarDate(previous.assessedOn)}
                  </p>
                  <ul className="nhsuk-list">
                    {(framework?.competencies ?? [])
                      .filter((c) => previous.ratings[c.id] !== undefined)
                      .map((c) => (
                        <li key={c.id}>
                          {c.statement}: <strong>{COMPETENCY_RATING_LABELS[previous.ratings[c.id] as 1 | 2 | 3 | 4]}</strong>
                        </li>
                      ))}
                  </ul>
                </section>
              ) : null}
              {framework ? <SelfAssessmentForm framework={framework} previous={previous} /> : null}
            </>
          )}
        </QueryState>
      </div>
    </div>
  );
}
