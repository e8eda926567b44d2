import type { CreateNoteRequest, UpdateNoteRequest } from '@inddrag/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { createNote, fetchNotes, noteKeys, updateNote } from '../../api/notes';

/** The journal, newest note first, a page at a time. */
export function useNotes(caseId: string) {
  const query = useInfiniteQuery({
    queryKey: noteKeys.list(caseId),
    queryFn: ({ pageParam, signal }) => fetchNotes(caseId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
  const notes = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  return {
    notes,
    hasData: query.data !== undefined,
    isLoading: query.isPending,
    isFetchingNextPage: query.isFetchingNextPage,
    hasNextPage: query.hasNextPage,
    error: query.error,
    loadMore: () => void query.fetchNextPage(),
    retry: () => void query.refetch(),
  };
}

/** Reloads the journal, e.g. after a 409, so the form can be filled in again from the current note. */
export function useRefreshNotes(caseId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: noteKeys.list(caseId) });
}

export function useCreateNote(caseId: string) {
  const refresh = useRefreshNotes(caseId);
  return useMutation({
    mutationFn: (request: CreateNoteRequest) => createNote(caseId, request),
    onSuccess: refresh,
  });
}

export function useUpdateNote(caseId: string) {
  const refresh = useRefreshNotes(caseId);
  return useMutation({
    mutationFn: ({ noteId, request }: { noteId: string; request: UpdateNoteRequest }) =>
      updateNote(caseId, noteId, request),
    onSuccess: refresh,
  });
}
