import type { UploadDocumentQueryInput } from '@inddrag/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { documentKeys, fetchDocuments, uploadDocument } from '../../api/documents';

/** The case's documents, newest first, a page at a time (metadata only). */
export function useDocuments(caseId: string) {
  const query = useInfiniteQuery({
    queryKey: documentKeys.list(caseId),
    queryFn: ({ pageParam, signal }) => fetchDocuments(caseId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
  const documents = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  return {
    documents,
    hasData: query.data !== undefined,
    isLoading: query.isPending,
    isFetchingNextPage: query.isFetchingNextPage,
    hasNextPage: query.hasNextPage,
    error: query.error,
    loadMore: () => void query.fetchNextPage(),
    retry: () => void query.refetch(),
  };
}

export function useUploadDocument(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, query }: { file: File; query: UploadDocumentQueryInput }) =>
      uploadDocument(caseId, file, query),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentKeys.list(caseId) }),
  });
}
