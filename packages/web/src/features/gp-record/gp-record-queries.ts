import type {
  CreatePracticeMailboxRequest,
  CreateSnomedCodeRequest,
  GpDocument,
  GpDocumentPage,
  GpDocumentState,
  PracticeMailbox,
  PracticeMailboxPage,
  SnomedCode,
  SnomedCodeList,
  UpdatePracticeMailboxRequest,
  UpdateSnomedCodeRequest,
} from '@kith/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { LIST_PAGE_SIZE } from '../../components/use-page-param.ts';
import { isStillMoving } from './gp-record-words.ts';

const gpRecordKey = ['gp-record'] as const;
export const gpDocumentKey = (referralId: string) => [...gpRecordKey, 'document', referralId] as const;
export const gpDocumentsKey = (state: GpDocumentState | '', page: number) => [...gpRecordKey, 'documents', state, page] as const;
export const snomedCodesKey = [...gpRecordKey, 'snomed-codes'] as const;
export const practiceMailboxesKey = (q: string, page: number) => [...gpRecordKey, 'practice-mailboxes', q, page] as const;

/** How often a document on its way (preparing, queued, sent) is looked at again while on screen. */
const MOVING_REFRESH_MS = 15_000;

const referralPath = (referralId: string) => `/api/referrals/${encodeURIComponent(referralId)}`;

/** Where the FHIR document (the Bundle as JSON) is downloaded from. */
export function gpDocumentBundleUrl(referralId: string): string {
  return `${referralPath(referralId)}/gp-document/bundle`;
}

/**
 * `GET /api/referrals/:id/gp-document`: 404 when the ending makes none (closed in error) or the
 * referral ended before Kith made them. While the document is on its way it is read again now
 * and then, so "Preparing" turns into "Sent" without a reload.
 */
export function useGpDocument(referralId: string, enabled = true) {
  return useQuery({
    queryKey: gpDocumentKey(referralId),
    queryFn: ({ signal }) => api.get<GpDocument>(`${referralPath(referralId)}/gp-document`, undefined, signal),
    enabled,
    retry: false,
    refetchInterval: (query) => (query.state.data && isStillMoving(query.state.data.state) ? MOVING_REFRESH_MS : false),
  });
}

/** `POST /api/gp-documents/:id/resend` (`gp-record:manage`): builds and sends it again. */
export function useResendGpDocument(onResent?: (document: GpDocument) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) => api.post<GpDocument>(`/api/gp-documents/${encodeURIComponent(documentId)}/resend`, {}),
    // Here rather than in `mutate`'s options: those are dropped once the button has unmounted,
    // as it does when the resent row leaves a filtered list.
    onSuccess: (document) => {
      onResent?.(document);
      queryClient.setQueryData(gpDocumentKey(document.referralId), document);
      void queryClient.invalidateQueries({ queryKey: [...gpRecordKey, 'documents'] });
    },
    // Refused because it moved on meanwhile (say, delivered): show where it is now.
    onError: () => void queryClient.invalidateQueries({ queryKey: gpRecordKey }),
  });
}

/** `GET /api/gp-documents` (admins): every PCN's documents, optionally in one state. */
export function useGpDocuments(state: GpDocumentState | '', page: number) {
  return useQuery({
    queryKey: gpDocumentsKey(state, page),
    queryFn: ({ signal }) =>
      api.get<GpDocumentPage>('/api/gp-documents', { state: state || undefined, page, pageSize: LIST_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

/** `GET /api/snomed-codes` (admins): every code, active first. */
export function useSnomedCodes() {
  return useQuery({
    queryKey: snomedCodesKey,
    queryFn: ({ signal }) => api.get<SnomedCodeList>('/api/snomed-codes', undefined, signal),
    select: (list) => list.items,
  });
}

/** `POST /api/snomed-codes`. */
export function useCreateSnomedCode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateSnomedCodeRequest) => api.post<SnomedCode>('/api/snomed-codes', request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: snomedCodesKey }),
  });
}

/** `PATCH /api/snomed-codes/:code`. */
export function useUpdateSnomedCode(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateSnomedCodeRequest) =>
      api.patch<SnomedCode>(`/api/snomed-codes/${encodeURIComponent(code)}`, request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: snomedCodesKey }),
  });
}

/** `GET /api/practice-mailboxes?q=&page=` (admins). */
export function usePracticeMailboxes(q: string, page: number) {
  return useQuery({
    queryKey: practiceMailboxesKey(q, page),
    queryFn: ({ signal }) =>
      api.get<PracticeMailboxPage>('/api/practice-mailboxes', { q: q || undefined, page, pageSize: LIST_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

const mailboxesKey = [...gpRecordKey, 'practice-mailboxes'] as const;
const mailboxPath = (odsCode: string) => `/api/practice-mailboxes/${encodeURIComponent(odsCode)}`;

export const practiceMailboxKey = (odsCode: string) => [...mailboxesKey, 'one', odsCode.toUpperCase()] as const;

/** `GET /api/practice-mailboxes/:odsCode` (admins); 404 when the ODS code has no mailbox. */
export function usePracticeMailbox(odsCode: string) {
  return useQuery({
    queryKey: practiceMailboxKey(odsCode),
    queryFn: ({ signal }) => api.get<PracticeMailbox>(mailboxPath(odsCode), undefined, signal),
    retry: false,
  });
}

/** `POST /api/practice-mailboxes` (409 when the practice already has one). */
export function useCreatePracticeMailbox() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreatePracticeMailboxRequest) => api.post<PracticeMailbox>('/api/practice-mailboxes', request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: mailboxesKey }),
  });
}

/** `PATCH /api/practice-mailboxes/:odsCode`. */
export function useUpdatePracticeMailbox(odsCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdatePracticeMailboxRequest) => api.patch<PracticeMailbox>(mailboxPath(odsCode), request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: mailboxesKey }),
  });
}

/** `DELETE /api/practice-mailboxes/:odsCode` (204). */
export function useRemovePracticeMailbox(odsCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(mailboxPath(odsCode)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: mailboxesKey }),
  });
}
