import type { CommunityComment, CommunityCommentList, CommunityMessage, CreateCommunityCommentRequest } from '@kith/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

export const COMMENTS_PAGE_SIZE = 50;
const commentsKey = (postId: string) => ['community', 'comments', postId] as const;
const commentPath = (id: string) => `/api/community/comments/${encodeURIComponent(id)}`;

/** `GET /api/community/posts/:id/comments`: a page of top-level comments with their replies. */
export function useComments(postId: string, page: number) {
  return useQuery({
    queryKey: [...commentsKey(postId), page],
    queryFn: ({ signal }) =>
      api.get<CommunityCommentList>(
        `/api/community/posts/${encodeURIComponent(postId)}/comments`,
        { page, pageSize: COMMENTS_PAGE_SIZE },
        signal,
      ),
  });
}

function useRefreshComments(postId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: commentsKey(postId) });
}

/** `POST /api/community/posts/:id/comments`: a comment, or a reply with `parentId`. */
export function useCreateComment(postId: string) {
  const refresh = useRefreshComments(postId);
  return useMutation({
    mutationFn: (body: CreateCommunityCommentRequest) =>
      api.post<CommunityComment>(`/api/community/posts/${encodeURIComponent(postId)}/comments`, body),
    onSuccess: refresh,
  });
}

/** `PATCH /api/community/comments/:id` (the author, within the edit window). */
export function useUpdateComment(postId: string) {
  const refresh = useRefreshComments(postId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: string }) => api.patch<CommunityComment>(commentPath(id), { body }),
    onSuccess: refresh,
  });
}

/** `POST /api/community/comments/:id/report`. */
export function useReportComment(postId: string) {
  const refresh = useRefreshComments(postId);
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.post<CommunityMessage>(`${commentPath(id)}/report`, { reason }),
    onSuccess: refresh,
  });
}
