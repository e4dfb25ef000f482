import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  SourceDocument,
  SourceDocumentList,
  SourceDocumentPromised,
  type SourceDocumentInput,
  type SourceDocumentKind,
  type SourceDocumentUpdate,
} from '../../../shared/schemas/source-documents.js';
import { apiJson, toQueryString } from '../../lib/api.js';

export type SourceDocumentListParams = {
  q?: string;
  kind?: SourceDocumentKind;
  page?: number;
  pageSize?: number;
};

export const sourceDocumentsKey = ['source-documents'] as const;

export const sourceDocumentListQuery = (params: SourceDocumentListParams) =>
  queryOptions({
    queryKey: [...sourceDocumentsKey, 'list', params],
    queryFn: ({ signal }) => apiJson(`/source-documents${toQueryString(params)}`, SourceDocumentList, { signal }),
    placeholderData: keepPreviousData,
  });

export const sourceDocumentQuery = (id: string) =>
  queryOptions({
    queryKey: [...sourceDocumentsKey, id],
    queryFn: ({ signal }) => apiJson(`/source-documents/${encodeURIComponent(id)}`, SourceDocument, { signal }),
  });

export const sourceDocumentPromisedQuery = (id: string) =>
  queryOptions({
    queryKey: [...sourceDocumentsKey, id, 'promised-vs-delivered'],
    queryFn: ({ signal }) => apiJson(`/source-documents/${encodeURIComponent(id)}/promised-vs-delivered`, SourceDocumentPromised, { signal }),
  });

export function useCreateSourceDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SourceDocumentInput) => apiJson('/source-documents', SourceDocument, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sourceDocumentsKey }),
  });
}

export function useUpdateSourceDocument(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: SourceDocumentUpdate) => apiJson(`/source-documents/${encodeURIComponent(id)}`, SourceDocument, { method: 'PATCH', body: update }),
    onSuccess: (saved) => {
      queryClient.setQueryData(sourceDocumentQuery(id).queryKey, saved);
      return queryClient.invalidateQueries({ queryKey: [...sourceDocumentsKey, 'list'] });
    },
  });
}
