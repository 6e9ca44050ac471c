import type { CommunityModeratedComment, CommunityModeratedCommentList } from '@kith/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';

export const MODERATION_FILTERS = ['pending', 'hidden', 'reported'] as const;
export type ModerationFilter = (typeof MODERATION_FILTERS)[number];
export const MODERATION_PAGE_SIZE = 25;

const moderationKey = ['community', 'moderation'] as const;

/** `GET /api/community/moderation/comments` (moderators). */
export function useModeratedComments(status: ModerationFilter, page: number) {
  return useQuery({
    queryKey: [...moderationKey, status, page],
    queryFn: ({ signal }) =>
      api.get<CommunityModeratedCommentList>(
        '/api/community/moderation/comments',
        { status, page, pageSize: MODERATION_PAGE_SIZE },
        signal,
      ),
  });
}

/** Hide with an optional reason, or restore (which also keeps a reported comment visible). */
export function useModerateComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: 'hide' | 'restore'; reason?: string }) =>
      api.post<CommunityModeratedComment>(
        `/api/community/comments/${encodeURIComponent(id)}/${action}`,
        action === 'hide' ? { reason: reason ?? '' } : undefined,
      ),
    onSuccess: (comment) => {
      void queryClient.invalidateQueries({ queryKey: moderationKey });
      void queryClient.invalidateQueries({ queryKey: ['community', 'comments', comment.postId] });
    },
  });
}
