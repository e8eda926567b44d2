import { CaseNoteEntry, CaseNoteList, type CreateNoteRequest, type UpdateNoteRequest } from '@inddrag/contracts';
import { caseKeys } from './cases';
import { apiRequest } from './client';

/** Under the case's key: reloading the case (e.g. after a 409) reloads its journal too. */
export const noteKeys = {
  list: (caseId: string) => [...caseKeys.detail(caseId), 'notes'] as const,
};

const notesPath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}/notes`;

/** The journal, newest note first, each with its supplements; a page at a time. */
export function fetchNotes(caseId: string, cursor?: string, signal?: AbortSignal): Promise<CaseNoteList> {
  return apiRequest(notesPath(caseId), CaseNoteList, { query: { cursor }, ...(signal ? { signal } : {}) });
}

/** A new note, or a supplement (tilføjelse) when `supplementsId` is set. */
export function createNote(caseId: string, request: CreateNoteRequest): Promise<CaseNoteEntry> {
  return apiRequest(notesPath(caseId), CaseNoteEntry, { method: 'POST', body: request });
}

/** A correction by the author within 24 hours; 422 after that, 409 on a stale version. */
export function updateNote(caseId: string, noteId: string, request: UpdateNoteRequest): Promise<CaseNoteEntry> {
  return apiRequest(`${notesPath(caseId)}/${encodeURIComponent(noteId)}`, CaseNoteEntry, {
    method: 'PATCH',
    body: request,
  });
}
