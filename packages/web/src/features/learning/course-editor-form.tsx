import { type TrainingCourse, TrainingCourseInput } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { useSaveCourse } from './learning-queries.ts';

interface CourseEditorFormProps {
  /** The course to edit, or null to add one. */
  course: TrainingCourse | null;
  onDone: (message: string | null) => void;
}

/** Add or edit a catalogue course: whether it is required, and after how many months it renews. */
export function CourseEditorForm({ course, onDone }: CourseEditorFormProps) {
  const save = useSaveCourse(course?.id ?? null);
  const [title, setTitle] = useState(course?.title ?? '');
  const [description, setDescription] = useState(course?.description ?? '');
  const [provider, setProvider] = useState(course?.provider ?? '');
  const [url, setUrl] = useState(course?.url ?? '');
  const [required, setRequired] = useState(course ? (course.required ? 'yes' : 'no') : '');
  const [renew, setRenew] = useState(course?.renewEveryMonths ? String(course.renewEveryMonths) : '');
  const [active, setActive] = useState(course?.active === false ? 'no' : 'yes');
  const [issues, setIssues] = useState<FormIssue[]>([]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateWith(TrainingCourseInput, {
      title,
      description,
      provider,
      url,
      required: required === '' ? undefined : required === 'yes',
      renewEveryMonths: renew.trim() === '' ? null : /^\d+$/.test(renew.trim()) ? Number(renew.trim()) : Number.NaN,
      active: active === 'yes',
    });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    save.mutate(checked.data, {
      onSuccess: (saved) => onDone(course ? `${saved.title} has been updated.` : `${saved.title} has been added.`),
      onError: (error) => setIssues(issuesFromError(error)),
    });
  };

  return (
    <section aria-labelledby="course-editor-heading">
      <h2 id="course-editor-heading">{course ? `Edit ${course.title}` : 'Add a course'}</h2>
      <ErrorSummary issues={issues} />
      <form onSubmit={submit} noValidate>
        <TextField id="title" label="Title" value={title} onChange={setTitle} error={messageFor(issues, 'title')} />
        <TextareaField
          id="description"
          label="Description (optional)"
          value={description}
          onChange={setDescription}
          rows={3}
          error={messageFor(issues, 'description')}
        />
        <TextField
          id="provider"
          label="Provider (optional)"
          value={provider}
          onChange={setProvider}
          error={messageFor(issues, 'provider')}
        />
        <TextField id="url" label="Link (optional)" value={url} onChange={setUrl} error={messageFor(issues, 'url')} />
        <RadiosField
          id="required"
          legend="Is it required for every link worker?"
          value={required}
          onChange={setRequired}
          items={[
            { value: 'yes', label: 'Yes', hint: 'It shows as due until completed' },
            { value: 'no', label: 'No' },
          ]}
          error={messageFor(issues, 'required')}
        />
        <TextField
          id="renewEveryMonths"
          label="Renew every (months, optional)"
          hint="Leave empty if it never needs renewing"
          value={renew}
          onChange={setRenew}
          inputMode="numeric"
          widthClass="nhsuk-input--width-4"
          error={messageFor(issues, 'renewEveryMonths')}
        />
        <RadiosField
          id="active"
          legend="Is it in the catalogue?"
          value={active}
          onChange={setActive}
          items={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No, retire it' },
          ]}
        />
        <div className="nhsuk-button-group">
          <Button type="submit" pending={save.isPending} pendingLabel="Saving…">
            Save course
          </Button>
          <Button variant="secondary" type="button" onClick={() => onDone(null)}>
            Cancel
          </Button>
        </div>
      </form>
    </section>
  );
}
