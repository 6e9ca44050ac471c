import { useNavigate, useSearchParams } from 'react-router';
import { BackLink } from '../../components/back-link.tsx';
import { Button } from '../../components/button.tsx';
import type { FlashState } from '../../components/flash-state.ts';
import { FormDateInputField, FormSelectField, FormTextareaField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { buildCompletionRequest, COMPLETION_FIELD_ORDER, emptyCompletion } from './completion-values.ts';
import { useCourses, useRecordCompletion } from './learning-queries.ts';

/** `/learning/record?courseId=`: record that I completed a course, with evidence. */
export function RecordCompletionPage() {
  const [params] = useSearchParams();
  const courses = useCourses();
  const record = useRecordCompletion();
  const navigate = useNavigate();
  const kith = useKithForm({
    defaultValues: emptyCompletion(params.get('courseId') ?? ''),
    fieldOrder: COMPLETION_FIELD_ORDER,
    toRequest: buildCompletionRequest,
    onSubmit: async (request) => {
      await record.mutateAsync(request);
      const title = courses.data?.find((c) => c.id === request.courseId)?.title ?? 'The course';
      const state: FlashState = { flash: `${title} has been recorded as completed.` };
      navigate('/learning', { state });
    },
  });
  const { control } = kith.form;
  usePageTitle('Record a completed course', kith.issues.length > 0);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/learning">Back to learning</BackLink>
        <h1>Record a completed course</h1>
        <QueryState query={courses} what="the courses">
          {(data) => (
            <KithFormFrame kith={kith}>
              <FormSelectField
                control={control}
                name="courseId"
                label="Course"
                placeholder="Choose a course"
                options={data.filter((c) => c.active).map((c) => ({ value: c.id, label: c.title }))}
              />
              <FormDateInputField
                control={control}
                name="completedOn"
                legend="When did you complete it?"
                hint="For example, 15 3 2026"
              />
              <FormTextareaField
                control={control}
                name="evidence"
                label="Evidence"
                hint="A link to your certificate, or a note of what you did and who delivered it"
                rows={4}
              />
              <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
                Save completion
              </Button>
            </KithFormFrame>
          )}
        </QueryState>
      </div>
    </div>
  );
}
