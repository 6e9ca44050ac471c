import type { TrainingCourse } from '@kith/shared';
import { Button } from '../../components/button.tsx';
import { FormRadiosField, FormTextareaField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { buildCourseRequest, COURSE_FIELD_ORDER, valuesFromCourse } from './course-values.ts';
import { useSaveCourse } from './learning-queries.ts';

interface CourseEditorFormProps {
  /** The course to edit, or null to add one. */
  course: TrainingCourse | null;
  onDone: (message: string | null) => void;
}

/** Add or edit a catalogue course: whether it is required, and after how many months it renews. */
export function CourseEditorForm({ course, onDone }: CourseEditorFormProps) {
  const save = useSaveCourse(course?.id ?? null);
  const kith = useKithForm({
    defaultValues: valuesFromCourse(course),
    fieldOrder: COURSE_FIELD_ORDER,
    toRequest: buildCourseRequest,
    onSubmit: async (request) => {
      const saved = await save.mutateAsync(request);
      onDone(course ? `${saved.title} has been updated.` : `${saved.title} has been added.`);
    },
  });
  const { control } = kith.form;

  return (
    <section aria-labelledby="course-editor-heading">
      <h2 id="course-editor-heading">{course ? `Edit ${course.title}` : 'Add a course'}</h2>
      <KithFormFrame kith={kith}>
        <FormTextField control={control} name="title" label="Title" />
        <FormTextareaField control={control} name="description" label="Description (optional)" rows={3} />
        <FormTextField control={control} name="provider" label="Provider (optional)" />
        <FormTextField control={control} name="url" label="Link (optional)" />
        <FormRadiosField
          control={control}
          name="required"
          legend="Is it required for every link worker?"
          items={[
            { value: 'yes', label: 'Yes', hint: 'It shows as due until completed' },
            { value: 'no', label: 'No' },
          ]}
        />
        <FormTextField
          control={control}
          name="renewEveryMonths"
          label="Renew every (months, optional)"
          hint="Leave empty if it never needs renewing"
          inputMode="numeric"
          widthClass="nhsuk-input--width-4"
        />
        <FormRadiosField
          control={control}
          name="active"
          legend="Is it in the catalogue?"
          items={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No, retire it' },
          ]}
        />
        <div className="nhsuk-button-group">
          <Button type="submit" pending={kith.pending} pendingLabel="Saving…">
            Save course
          </Button>
          <Button variant="secondary" type="button" onClick={() => onDone(null)}>
            Cancel
          </Button>
        </div>
      </KithFormFrame>
    </section>
  );
}
