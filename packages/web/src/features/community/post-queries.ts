import type {
  CommunityPostDetail,
  CommunityPostList,
  CreateCommunityPostRequest,
  FavouriteList,
  UpdateCommunityPostRequest,
} from '@kith/shared';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { type PostListParams, postListQuery } from './post-list-params.ts';

const postsKey = ['community', 'posts'] as const;
const favouritesKey = ['community', 'favourites'] as const;
const postKey = (id: string) => [...postsKey, 'detail', id] as const;
const postPath = (id: string) => `/api/community/posts/${encodeURIComponent(id)}`;

/** A post changed: keep its page and refresh every list it may appear in. */
function postChanged(queryClient: QueryClient, post: CommunityPostDetail): void {
  queryClient.setQueryData(postKey(post.id), post);
  void queryClient.invalidateQueries({ queryKey: [...postsKey, 'list'] });
  void queryClient.invalidateQueries({ queryKey: favouritesKey });
}

/** `GET /api/community/posts` for the list's filters. */
export function usePosts(params: PostListParams) {
  const query = postListQuery(params);
  return useQuery({
    queryKey: [...postsKey, 'list', query],
    queryFn: ({ signal }) => api.get<CommunityPostList>('/api/community/posts', query, signal),
  });
}

/** `GET /api/community/posts/:id`. */
export function usePost(id: string) {
  return useQuery({
    queryKey: postKey(id),
    queryFn: ({ signal }) => api.get<CommunityPostDetail>(postPath(id), undefined, signal),
  });
}

/** `GET /api/community/favourites`, one page (members only: ask only when the reader is one). */
export function useFavourites(enabled: boolean, page = 1) {
  return useQuery({
    enabled,
    queryKey: [...favouritesKey, page],
    queryFn: ({ signal }) => api.get<FavouriteList>('/api/community/favourites', { page, pageSize: 20 }, signal),
  });
}

/** `PUT /api/community/posts/:id/rating`: answers with the post and its new average. */
export function useRatePost(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (stars: number) => api.put<CommunityPostDetail>(`${postPath(id)}/rating`, { stars }),
    onSuccess: (post) => postChanged(queryClient, post),
  });
}

/** `PUT` or `DELETE /api/community/posts/:id/favourite`. */
export function useSetFavourite(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (favourite: boolean) =>
      favourite ? api.put<void>(`${postPath(id)}/favourite`, {}) : api.delete(`${postPath(id)}/favourite`),
    onSuccess: (_nothing, favourite) => {
      queryClient.setQueryData<CommunityPostDetail>(postKey(id), (post) => (post ? { ...post, isFavourite: favourite } : post));
      void queryClient.invalidateQueries({ queryKey: favouritesKey });
    },
  });
}

/** `POST /api/community/posts`: a draft blog post, or a discussion published at once. */
export function useCreatePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCommunityPostRequest) => api.post<CommunityPostDetail>('/api/community/posts', body),
    onSuccess: (post) => postChanged(queryClient, post),
  });
}

/** `PATCH /api/community/posts/:id`. */
export function useUpdatePost(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCommunityPostRequest) => api.patch<CommunityPostDetail>(postPath(id), body),
    onSuccess: (post) => postChanged(queryClient, post),
  });
}

/** `POST /api/community/posts/:id/publish` (editors). */
export function usePublishPost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<CommunityPostDetail>(`${postPath(id)}/publish`),
    onSuccess: (post) => postChanged(queryClient, post),
  });
}
