import { RecordCompletionRequest } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { type FormIssue, issuesFromError, messageFor, validateWith } from '../../api/form-issues.ts';
import { BackLink } from '../../components/back-link.tsx';
import { Button } from '../../components/button.tsx';
import { DateInputField } from '../../components/date-input-field.tsx';
import { EMPTY_DATE_PARTS, readDateParts } from '../../components/date-parts.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import type { FlashState } from '../../components/flash-state.ts';
import { LoadingState } from '../../components/loading-state.tsx';
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
    const dateIssues = date.kind === 'invalid' ? [{ path: 'completedOn', message: date.message }] : [];
    if (!checked.ok || dateIssues.length > 0) {
      setIssues([
        ...dateIssues,
        ...(checked.ok ? [] : checked.issues.filter((i) => !(dateIssues.length && i.path === 'completedOn'))),
      ]);
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
        {courses.isPending ? <LoadingState what="the courses" /> : null}
        {courses.isError ? <ErrorState error={courses.error} what="the courses" onRetry={() => void courses.refetch()} /> : null}
        {courses.data ? (
          <>
            <ErrorSummary issues={issues} />
            <form onSubmit={submit} noValidate>
              <SelectField
                id="courseId"
                label="Course"
                value={courseId}
                onChange={setCourseId}
                placeholder="Choose a course"
                options={courses.data.filter((c) => c.active).map((c) => ({ value: c.id, label: c.title }))}
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
        ) : null}
      </div>
    </div>
  );
}
