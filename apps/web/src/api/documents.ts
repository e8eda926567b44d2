import { CSRF_HEADER, CaseDocument, CaseDocumentList, type UploadDocumentQueryInput } from '@inddrag/contracts';
import { ApiError, ClientProblemType } from './ApiError';
import { caseKeys } from './cases';
import { apiRequest, buildUrl, isCsrfRejection, toApiError } from './client';
import { getCsrfToken, markActivity, notifyCsrfRejected, notifyUnauthorized } from './sessionEvents';

/** Under the case's key: reloading the case reloads its documents too. */
export const documentKeys = {
  list: (caseId: string) => [...caseKeys.detail(caseId), 'documents'] as const,
};

const documentsPath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}/documents`;

export function fetchDocuments(caseId: string, cursor?: string, signal?: AbortSignal): Promise<CaseDocumentList> {
  return apiRequest(documentsPath(caseId), CaseDocumentList, { query: { cursor }, ...(signal ? { signal } : {}) });
}

/** Where the browser downloads a document (an ordinary same-origin GET; the API logs it). */
export function documentContentUrl(caseId: string, documentId: string): string {
  return buildUrl(`${documentsPath(caseId)}/${encodeURIComponent(documentId)}/content`);
}

/**
 * Uploads a file as the raw request body (the API detects its type from the bytes); title and
 * file name travel in the query string. Errors and the session's signals (401, stale CSRF token)
 * are handled as `apiRequest` handles them.
 */
export async function uploadDocument(
  caseId: string,
  file: Blob,
  query: UploadDocumentQueryInput,
): Promise<CaseDocument> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Content-Type': 'application/octet-stream',
  };
  const csrfToken = getCsrfToken();
  if (csrfToken) headers[CSRF_HEADER] = csrfToken;

  let response: Response;
  try {
    response = await fetch(
      buildUrl(documentsPath(caseId), { title: query.title, fileName: query.fileName, noteId: query.noteId }),
      {
        method: 'POST',
        headers,
        body: file,
        credentials: 'same-origin',
      },
    );
  } catch (cause) {
    throw new ApiError('network', { type: ClientProblemType.network, title: 'Network error', status: 0 }, { cause });
  }
  if (response.status !== 401) markActivity();
  if (!response.ok) {
    const error = await toApiError(response);
    if (error.status === 401) notifyUnauthorized(error);
    if (isCsrfRejection(error)) notifyCsrfRejected(error);
    throw error;
  }
  const parsed = CaseDocument.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new ApiError(
      'invalid-response',
      {
        type: ClientProblemType.invalidResponse,
        title: 'Response does not match the contract',
        status: response.status,
        detail: parsed.error.message,
      },
      { cause: parsed.error },
    );
  }
  return parsed.data;
}
