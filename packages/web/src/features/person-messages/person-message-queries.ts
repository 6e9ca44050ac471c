import type {
  MessageTemplate,
  MessageTemplateList,
  PersonMessage,
  PersonMessageQuery,
  PersonMessagesResponse,
  SendPersonMessageRequest,
  UpdateMessageTemplateRequest,
  WaitingPersonMessagePage,
} from '@kith/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

const messagesKey = ['person-messages'] as const;
const templatesKey = ['message-templates'] as const;

/** `GET /api/people/:id/messages`: newest first, with how the person may be contacted. */
export function usePersonMessages(personId: string, page: number) {
  return useQuery({
    queryKey: [...messagesKey, 'person', personId, page],
    queryFn: ({ signal }) => api.get<PersonMessagesResponse>(`/api/people/${personId}/messages`, { page, pageSize: 10 }, signal),
    placeholderData: keepPreviousData,
  });
}

/** `POST /api/people/:id/messages`. The person's timeline shows the message too. */
export function useSendPersonMessage(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SendPersonMessageRequest) => api.post<PersonMessage>(`/api/people/${personId}/messages`, request),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: messagesKey });
      void queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });
}

/** `POST /api/person-messages/:id/retry`. */
export function useRetryPersonMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (messageId: string) => api.post<PersonMessage>(`/api/person-messages/${messageId}/retry`, {}),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: messagesKey }),
  });
}

/** `GET /api/person-messages`: the PCNs' messages waiting or failed, oldest first. */
export function useWaitingMessages(status: PersonMessageQuery['status'], page: number) {
  return useQuery({
    queryKey: [...messagesKey, 'waiting', status, page],
    queryFn: ({ signal }) => api.get<WaitingPersonMessagePage>('/api/person-messages', { status, page, pageSize: 50 }, signal),
    placeholderData: keepPreviousData,
  });
}

/** `GET /api/message-templates` (admins). */
export function useMessageTemplates() {
  return useQuery({
    queryKey: templatesKey,
    queryFn: ({ signal }) => api.get<MessageTemplateList>('/api/message-templates', undefined, signal),
    select: (list) => list.items,
  });
}

/** `PUT /api/message-templates/:id`. */
export function useUpdateMessageTemplate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateMessageTemplateRequest) => api.put<MessageTemplate>(`/api/message-templates/${id}`, request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: templatesKey }),
  });
}
