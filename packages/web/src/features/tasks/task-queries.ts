import type { CreateTaskRequest, SupervisionOptions, TaskItem, TaskList, TaskListStatus } from '@kith/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { LIST_PAGE_SIZE } from '../../components/use-page-param.ts';

export const tasksKey = ['tasks'] as const;
const taskPath = (id: string, rest = '') => `/api/tasks/${encodeURIComponent(id)}${rest}`;

/** `GET /api/tasks`, one page: my open tasks soonest first (overdue lead), or my done tasks. */
export function useMyTasks(status: TaskListStatus, page: number) {
  return useQuery({
    queryKey: [...tasksKey, status, page],
    queryFn: ({ signal }) => api.get<TaskList>('/api/tasks', { status, page, pageSize: LIST_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * The colleagues a task can be given to: the people of my PCNs who record supervision (link
 * workers and supervisors). The server checks the choice again (`referrals:work` in the same PCN).
 */
export function useTaskColleagues() {
  return useQuery({
    queryKey: [...tasksKey, 'colleagues'],
    queryFn: ({ signal }) => api.get<SupervisionOptions>('/api/supervision/options', undefined, signal),
    select: (options) => {
      const seen = new Map<string, string>();
      for (const pcn of options.pcns) {
        for (const person of pcn.people) {
          if (person.roles.some((role) => role === 'link_worker' || role === 'supervisor')) seen.set(person.userId, person.name);
        }
      }
      return [...seen].map(([userId, name]) => ({ userId, name }));
    },
  });
}

/** `POST /api/tasks`. */
export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateTaskRequest) => api.post<TaskItem>('/api/tasks', request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: tasksKey }),
  });
}

/**
 * Done, snooze and reopen for any task on the list: a stored task by its id and version, a
 * generated one (never stored yet) by its key.
 */
export function useTaskAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ task, action, until }: { task: TaskItem; action: 'complete' | 'snooze' | 'reopen'; until?: string }) => {
      if (task.id !== null && task.version !== null) {
        return api.post<TaskItem>(taskPath(task.id, `/${action}`), { version: task.version, ...(until ? { until } : {}) });
      }
      return api.post<TaskItem>(`/api/tasks/generated/${action}`, { sourceKey: task.sourceKey, ...(until ? { until } : {}) });
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: tasksKey }),
  });
}
