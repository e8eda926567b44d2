import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import {
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_MAX_BYTES,
  type CaseDocument,
  type CaseDocumentList,
  type DocumentListQuery,
  type UploadDocumentQuery,
} from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { DomainValidationError, NotFoundError } from '../../lib/errors';
import { appendAudit, recordAudit } from '../audit/service';
import { noteBelongsToCase } from '../notes/service';
import { appendCaseEvent } from '../timeline/events';

export const TYPE_NOT_ALLOWED =
  'Filtypen er ikke tilladt. Vedhæft PDF eller billeder (PNG, JPEG, GIF, WEBP, TIFF, HEIC).';

/** Everything about a document but its bytes: `content` is only ever read for a download. */
const metadataSelect = {
  id: true,
  title: true,
  fileName: true,
  contentType: true,
  sizeBytes: true,
  sha256: true,
  uploadedAt: true,
  note: { select: { id: true, title: true } },
  uploadedBy: { select: { id: true, name: true } },
} satisfies Prisma.CaseDocumentSelect;

type DocumentRow = Prisma.CaseDocumentGetPayload<{ select: typeof metadataSelect }>;

function toDocument(row: DocumentRow): CaseDocument {
  return {
    id: row.id,
    title: row.title,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    note: row.note,
    uploadedBy: row.uploadedBy,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

const ALLOWED = new Set<string>(DOCUMENT_CONTENT_TYPES);

/** The file's type as its bytes say, if it is one a case document may have. */
export async function detectAllowedType(content: Uint8Array): Promise<string | null> {
  const detected = await fileTypeFromBuffer(content);
  return detected && ALLOWED.has(detected.mime) ? detected.mime : null;
}

export interface DocumentContent {
  fileName: string;
  contentType: string;
  content: Uint8Array;
}

export function createDocumentService(prisma: PrismaClient) {
  return {
    /** The case's documents, newest first, without their bytes; the read is logged. */
    async list(ctx: RequestContext, caseId: string, query: DocumentListQuery): Promise<CaseDocumentList> {
      const afterId = query.cursor ? decodeCursor(query.cursor) : undefined;
      if (afterId && (await prisma.caseDocument.count({ where: { id: afterId, caseId } })) === 0) {
        throw new DomainValidationError('Ugyldig side-markør.', [
          { path: 'querystring.cursor', message: 'Ugyldig side-markør' },
        ]);
      }
      const rows = await prisma.caseDocument.findMany({
        where: { caseId },
        orderBy: [{ uploadedAt: 'desc' }, { id: 'desc' }],
        take: query.limit + 1,
        ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}),
        select: metadataSelect,
      });
      const pageRows = rows.slice(0, query.limit);
      await recordAudit(prisma, ctx, {
        action: 'READ',
        entityType: 'CaseDocument',
        caseId,
        details: { count: pageRows.length },
      });
      const last = pageRows.at(-1);
      return {
        items: pageRows.map(toDocument),
        nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null,
      };
    },

    /**
     * Stores an uploaded file after checking its type from its bytes (never from its name or the
     * header it came with); logged and shown on the timeline.
     */
    async upload(
      ctx: RequestContext,
      caseId: string,
      query: UploadDocumentQuery,
      body: unknown,
    ): Promise<CaseDocument> {
      if (!Buffer.isBuffer(body) || body.length === 0) {
        throw new DomainValidationError('Filen er tom.', [{ path: 'body', message: 'Vælg en fil, der ikke er tom' }]);
      }
      if (body.length > DOCUMENT_MAX_BYTES) {
        // The route's bodyLimit refuses larger bodies first; this guards callers that bypass it.
        throw new DomainValidationError('Filen er for stor.', [
          { path: 'body', message: 'Filen må højst fylde 20 MB' },
        ]);
      }
      const contentType = await detectAllowedType(body);
      if (!contentType)
        throw new DomainValidationError(TYPE_NOT_ALLOWED, [{ path: 'body', message: TYPE_NOT_ALLOWED }]);
      const sha256 = createHash('sha256').update(body).digest('hex');
      const row = await prisma.$transaction(async (tx) => {
        if (query.noteId && !(await noteBelongsToCase(tx, caseId, query.noteId))) {
          throw new DomainValidationError('Notatet findes ikke på sagen.', [
            { path: 'querystring.noteId', message: 'Notatet findes ikke på sagen' },
          ]);
        }
        const created = await tx.caseDocument.create({
          data: {
            caseId,
            title: query.title,
            fileName: query.fileName,
            contentType,
            sizeBytes: body.length,
            sha256,
            // Fastify's body buffers are backed by a plain ArrayBuffer, never a shared one.
            content: body as Buffer<ArrayBuffer>,
            noteId: query.noteId ?? null,
            uploadedById: ctx.actor.userId,
            uploadedAt: ctx.now,
          },
          select: metadataSelect,
        });
        await appendAudit(tx, ctx, {
          action: 'CREATE',
          entityType: 'CaseDocument',
          entityId: created.id,
          caseId,
          details: {
            changes: [
              { field: 'title', from: null, to: query.title },
              { field: 'fileName', from: null, to: query.fileName },
              { field: 'contentType', from: null, to: contentType },
              { field: 'sizeBytes', from: null, to: body.length },
              { field: 'sha256', from: null, to: sha256 },
              ...(query.noteId ? [{ field: 'noteId', from: null, to: query.noteId }] : []),
            ],
          },
        });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'document.uploaded',
          entityType: 'CaseDocument',
          entityId: created.id,
          data: { title: query.title, fileName: query.fileName },
        });
        return created;
      });
      return toDocument(row);
    },

    /** The stored bytes for a download: an extraction from the case, logged as EXPORT. */
    async content(ctx: RequestContext, caseId: string, documentId: string): Promise<DocumentContent> {
      return prisma.$transaction(async (tx) => {
        const row = await tx.caseDocument.findFirst({
          where: { id: documentId, caseId },
          select: { fileName: true, contentType: true, sizeBytes: true, sha256: true, content: true },
        });
        if (!row) throw new NotFoundError('Dokumentet findes ikke.');
        await appendAudit(tx, ctx, {
          action: 'EXPORT',
          entityType: 'CaseDocument',
          entityId: documentId,
          caseId,
          details: { fileName: row.fileName, sizeBytes: row.sizeBytes, sha256: row.sha256 },
        });
        return { fileName: row.fileName, contentType: row.contentType, content: row.content };
      });
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
