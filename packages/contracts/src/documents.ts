import { z } from 'zod';
import { Cursor, IsoDateTime, Uuid, page, pageLimit } from './common';
import { UserRef } from './units';

// Documents on a case: PDF files and images, at most 20 MB, their type detected from the bytes
// (never from the file name or the upload's header). Every download is logged as an extraction.

/** 20 MB (MiB): the largest file a case document may be. */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

/** The types a document may have, as detected from its content. */
export const DOCUMENT_CONTENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/tiff',
  'image/heic',
] as const;
export const DocumentContentType = z.enum(DOCUMENT_CONTENT_TYPES).meta({ id: 'DocumentContentType' });
export type DocumentContentType = z.infer<typeof DocumentContentType>;

export const DOCUMENT_TITLE_MAX = 200;
export const DOCUMENT_FILE_NAME_MAX = 255;

/** A document's metadata; its bytes come from `GET …/documents/:documentId/content`. */
export const CaseDocument = z
  .object({
    id: Uuid,
    title: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int().min(0),
    /** Hex SHA-256 of the content, to prove a copy is the stored file. */
    sha256: z.string(),
    /** The journal note the document belongs to, if any. */
    note: z.object({ id: Uuid, title: z.string() }).nullable(),
    uploadedBy: UserRef,
    uploadedAt: IsoDateTime,
  })
  .meta({ id: 'CaseDocument' });
export type CaseDocument = z.infer<typeof CaseDocument>;

export const CaseDocumentList = page(CaseDocument).meta({ id: 'CaseDocumentList' });
export type CaseDocumentList = z.infer<typeof CaseDocumentList>;

export const DocumentListQuery = z.object({ cursor: Cursor.optional(), limit: pageLimit });
export type DocumentListQuery = z.infer<typeof DocumentListQuery>;

export const DocumentParams = z.object({ caseId: Uuid, documentId: Uuid });
export type DocumentParams = z.infer<typeof DocumentParams>;

/** Names a file may not carry: path separators and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_FILE_NAME = /[/\\\u0000-\u001f\u007f]/;

/**
 * The upload's description, sent in the query string beside the raw bytes
 * (`Content-Type: application/octet-stream`). No component id (`.meta`): OpenAPI lists query
 * parameters one by one and cannot resolve a `$ref` there.
 */
export const UploadDocumentQuery = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Skriv en titel')
    .max(DOCUMENT_TITLE_MAX, `Titlen må højst være ${DOCUMENT_TITLE_MAX} tegn`),
  fileName: z
    .string()
    .trim()
    .min(1, 'Filnavnet mangler')
    .max(DOCUMENT_FILE_NAME_MAX, `Filnavnet må højst være ${DOCUMENT_FILE_NAME_MAX} tegn`)
    .refine(
      (name) => !UNSAFE_FILE_NAME.test(name) && name !== '.' && name !== '..',
      'Filnavnet må ikke indeholde / eller \\',
    ),
  /** Attach the document to this journal note of the case. */
  noteId: Uuid.optional(),
});
export type UploadDocumentQuery = z.infer<typeof UploadDocumentQuery>;
export type UploadDocumentQueryInput = z.input<typeof UploadDocumentQuery>;
