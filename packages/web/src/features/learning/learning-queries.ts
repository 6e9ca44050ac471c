import type {
  CompetencyFramework,
  CompetencyFrameworkList,
  LearningTeam,
  MyLearning,
  RecordCompletionRequest,
  SelfAssessment,
  SelfAssessmentRequest,
  TrainingCourse,
  TrainingCourseInput,
  TrainingCourseList,
  UpdateFrameworkRequest,
} from '@kith/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

export const learningKey = ['learning'] as const;

/** `GET /api/learning/me`: what is due, my completions, my latest self-assessment. */
export function useMyLearning() {
  return useQuery({
    queryKey: [...learningKey, 'me'],
    queryFn: ({ signal }) => api.get<MyLearning>('/api/learning/me', undefined, signal),
  });
}

/** `GET /api/learning/courses`: the catalogue. */
export function useCourses() {
  return useQuery({
    queryKey: [...learningKey, 'courses'],
    queryFn: ({ signal }) => api.get<TrainingCourseList>('/api/learning/courses', undefined, signal),
    select: (list) => list.items,
  });
}

/** `GET /api/learning/frameworks`: the active competency frameworks. */
export function useFrameworks() {
  return useQuery({
    queryKey: [...learningKey, 'frameworks'],
    queryFn: ({ signal }) => api.get<CompetencyFrameworkList>('/api/learning/frameworks', undefined, signal),
    select: (list) => list.items,
  });
}

/** `GET /api/learning/team?pcnId=`. */
export function useLearningTeam(pcnId: string) {
  return useQuery({
    queryKey: [...learningKey, 'team', pcnId],
    queryFn: ({ signal }) => api.get<LearningTeam>('/api/learning/team', { pcnId }, signal),
  });
}

function useLearningMutation<Request, Response>(send: (request: Request) => Promise<Response>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: learningKey }),
  });
}

/** `POST /api/learning/completions`. */
export function useRecordCompletion() {
  return useLearningMutation((request: RecordCompletionRequest) => api.post<MyLearning>('/api/learning/completions', request));
}

/** `POST /api/learning/self-assessments`. */
export function useSubmitSelfAssessment() {
  return useLearningMutation((request: SelfAssessmentRequest) =>
    api.post<SelfAssessment>('/api/learning/self-assessments', request),
  );
}

/** `POST /api/learning/courses` or `PUT /api/learning/courses/:id` (admins). */
export function useSaveCourse(id: string | null) {
  return useLearningMutation((request: TrainingCourseInput) =>
    id
      ? api.put<TrainingCourse>(`/api/learning/courses/${encodeURIComponent(id)}`, request)
      : api.post<TrainingCourse>('/api/learning/courses', request),
  );
}

/** `PUT /api/learning/frameworks/:id` (admins). */
export function useSaveFramework(id: string) {
  return useLearningMutation((request: UpdateFrameworkRequest) =>
    api.put<CompetencyFramework>(`/api/learning/frameworks/${encodeURIComponent(id)}`, request),
  );
}
