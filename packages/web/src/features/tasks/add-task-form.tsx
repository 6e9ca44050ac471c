import type { Caseload } from '@kith/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { Button } from '../../components/button.tsx';
import { FormDateInputField, FormSelectField, FormTextField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { can } from '../session/can.ts';
import { useMe } from '../session/session-queries.ts';
import { useCreateTask, useTaskColleagues } from './task-queries.ts';
import { buildTaskRequest, EMPTY_TASK, TASK_FIELD_ORDER } from './tasks-values.ts';

/** The most open cases the "about" list offers (the API's largest page). */
const CASE_CHOICES = 200;

/** "Add a task": for me or a colleague, optionally about one of my open cases. */
export function AddTaskForm({ onAdded }: { onAdded: (title: string) => void }) {
  const me = useMe();
  const myId = me.data?.user.id ?? '';
  const create = useCreateTask();
  const colleagues = useTaskColleagues();
  const cases = useQuery({
    queryKey: ['caseload', 'task-choices'],
    queryFn: ({ signal }) => api.get<Caseload>('/api/caseload', { pageSize: CASE_CHOICES, sort: 'name' }, signal),
    enabled: can(me.data, 'caseload:hold'),
  });
  const kith = useKithForm({
    defaultValues: EMPTY_TASK,
    toRequest: (values) => buildTaskRequest(values, { myId }),
    fieldOrder: TASK_FIELD_ORDER,
    clearOnSave: true,
    onSubmit: async (request) => {
      const task = await create.mutateAsync(request);
      onAdded(task.title);
    },
  });
  const { control } = kith.form;
  const caseOptions = (cases.data?.items ?? []).map((c) => ({ value: c.referralId, label: c.personName }));
  const others = (colleagues.data ?? []).filter((c) => c.userId !== myId);

  return (
    <KithFormFrame kith={kith}>
      <FormTextField control={control} name="title" label="What needs doing" />
      <FormDateInputField control={control} name="dueOn" legend="Due date" hint="For example, 15 3 2026" />
      {caseOptions.length > 0 ? (
        <FormSelectField
          control={control}
          name="referralId"
          label="About (optional)"
          placeholder="No one in particular"
          options={caseOptions}
        />
      ) : null}
      {others.length > 0 ? (
        <FormSelectField
          control={control}
          name="assigneeUserId"
          label="For"
          placeholder="Me"
          options={others.map((c) => ({ value: c.userId, label: c.name }))}
        />
      ) : null}
      <Button type="submit" pending={kith.pending} pendingLabel="Adding…">
        Add the task
      </Button>
    </KithFormFrame>
  );
}
