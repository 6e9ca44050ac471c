import type { TrainingCourse } from '@kith/shared';
import { useState } from 'react';
import { Button } from '../../components/button.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NhsTable } from '../../components/nhs-table.tsx';
import { StatusTag } from '../../components/status-tag.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { CourseEditorForm } from './course-editor-form.tsx';
import { FrameworkEditorForm } from './framework-editor-form.tsx';
import { useCourses, useFrameworks } from './learning-queries.ts';

/** `/admin/learning`: the training catalogue (required courses and renewal) and the competency framework. */
export function AdminLearningPage() {
  usePageTitle('Learning catalogue');
  const courses = useCourses();
  const frameworks = useFrameworks();
  const [editing, setEditing] = useState<TrainingCourse | 'new' | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <h1>Learning catalogue</h1>
        <SuccessBanner message={message} />
        {courses.isPending ? <LoadingState what="the catalogue" /> : null}
        {courses.isError ? (
          <ErrorState error={courses.error} what="the catalogue" onRetry={() => void courses.refetch()} />
        ) : null}
        {editing ? (
          <CourseEditorForm
            key={editing === 'new' ? 'new' : editing.id}
            course={editing === 'new' ? null : editing}
            onDone={(done) => {
              setEditing(null);
              setMessage(done);
            }}
          />
        ) : (
          <Button
            type="button"
            onClick={() => {
              setMessage(null);
              setEditing('new');
            }}
          >
            Add a course
          </Button>
        )}
        {courses.data ? (
          <NhsTable
            caption="Courses"
            captionStyle="medium"
            columns={['Course', 'Required', 'Renew every', 'Status', '']}
            rows={courses.data}
            rowKey={(c) => c.id}
            renderRow={(c) => (
              <>
                <th className="nhsuk-table__header" scope="row">
                  {c.title}
                </th>
                <td className="nhsuk-table__cell">{c.required ? 'Yes' : 'No'}</td>
                <td className="nhsuk-table__cell">{c.renewEveryMonths ? `${c.renewEveryMonths} months` : 'Never'}</td>
                <td className="nhsuk-table__cell">
                  <StatusTag active={c.active} inactiveLabel="Retired" />
                </td>
                <td className="nhsuk-table__cell">
                  <Button
                    variant="secondary"
                    className="nhsuk-u-margin-bottom-0"
                    type="button"
                    onClick={() => {
                      setMessage(null);
                      setEditing(c);
                    }}
                  >
                    Edit<span className="nhsuk-u-visually-hidden"> {c.title}</span>
                  </Button>
                </td>
              </>
            )}
          />
        ) : null}
        {frameworks.isError ? (
          <ErrorState error={frameworks.error} what="the frameworks" onRetry={() => void frameworks.refetch()} />
        ) : null}
        {frameworks.data?.map((framework) => (
          <FrameworkEditorForm key={framework.id} framework={framework} onSaved={setMessage} />
        ))}
      </div>
    </div>
  );
}
