import { RecordCompletionRequest } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { type FormIssue, issuesFromError, messageFor, validateWith } from '../../api/form-issues.ts';
import { BackLink } from '../../components/back-link.tsx';
import { Button } from '../../components/button.tsx';
import { DateInputField } from '../../components/date-input-field.tsx';
import { dateIssue, EMPTY_DATE_PARTS, readDateParts, withDateIssues } from '../../components/date-parts.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import type { FlashState } from '../../components/flash-state.ts';
import { QueryState } from '../../components/query-state.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useCourses, useRecordCompletion } from './learning-queries.ts';

/** `/learning/record?courseId=`: record that I completed a course, with evidence. */
export function RecordCompletionPage() {
  const [params] = useSearchParams();
  const courses = useCourses();
  const record = useRecordCompletion();
  const navigate = useNavigate();
  const [courseId, setCourseId] = useState(params.get('courseId') ?? '');
  const [completedOn, setCompletedOn] = useState(EMPTY_DATE_PARTS);
  const [evidence, setEvidence] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);
  usePageTitle('Record a completed course', issues.length > 0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const date = readDateParts(completedOn, 'the date you completed it');
    const checked = validateWith(RecordCompletionRequest, {
      courseId: courseId || undefined,
      completedOn: date.kind === 'date' ? date.iso : '',
      evidence,
    });
    const found = withDateIssues(dateIssue(date, 'completedOn'), checked);
    if (!checked.ok || found.length > 0) {
      setIssues(found);
      return;
    }
    record.mutate(checked.data, {
      onSuccess: () => {
        const title = courses.data?.find((c) => c.id === checked.data.courseId)?.title ?? 'The course';
        const state: FlashState = { flash: `${title} has been recorded as completed.` };
        navigate('/learning', { state });
      },
      onError: (error) => setIssues(issuesFromError(error)),
    });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/learning">Back to learning</BackLink>
        <h1>Record a completed course</h1>
        <QueryState query={courses} what="the courses">
          {(data) => (
            <>
              <ErrorSummary issues={issues} />
              <form onSubmit={submit} noValidate>
                <SelectField
                  id="courseId"
                  label="Course"
                  value={courseId}
                  onChange={setCourseId}
                  placeholder="Choose a course"
                  options={data.filter((c) => c.active).map((c) => ({ value: c.id, label: c.title }))}
                  error={messageFor(issues, 'courseId')}
                />
                <DateInputField
                  id="completedOn"
                  legend="When did you complete it?"
                  hint="For example, 15 3 2026"
                  value={completedOn}
                  onChange={setCompletedOn}
                  error={messageFor(issues, 'completedOn')}
                />
                <TextareaField
                  id="evidence"
                  label="Evidence"
                  hint="A link to your certificate, or a note of what you did and who delivered it"
                  value={evidence}
                  onChange={setEvidence}
                  rows={4}
                  error={messageFor(issues, 'evidence')}
                />
                <Button type="submit" pending={record.isPending} pendingLabel="Saving…">
                  Save completion
                </Button>
              </form>
            </>
          )}
        </QueryState>
      </div>
    </div>
  );
}
