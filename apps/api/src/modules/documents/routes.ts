import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CaseDocument,
  CaseDocumentList,
  CaseParams,
  DOCUMENT_MAX_BYTES,
  DocumentListQuery,
  DocumentParams,
  UploadDocumentQuery,
} from '@inddrag/contracts';
import { attachmentDisposition } from './content-disposition';

const tags = ['documents'];

/** Documents on a case: PDF and images up to 20 MB, stored in the database; downloads are logged. */
export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { documents } = app.services;

  // The raw file is the upload's body. This plugin is encapsulated: only its routes accept it.
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: DOCUMENT_MAX_BYTES },
    (_request, body, done) => {
      done(null, body);
    },
  );

  app.get(
    '/cases/:caseId/documents',
    {
      config: { access: 'case.readDocuments' },
      schema: {
        tags,
        summary: "The case's documents, newest first (metadata only)",
        params: CaseParams,
        querystring: DocumentListQuery,
        response: { 200: CaseDocumentList },
      },
    },
    async (request) => documents.list(request.context(), request.params.caseId, request.query),
  );

  app.post(
    '/cases/:caseId/documents',
    {
      config: { access: 'case.uploadDocuments' },
      bodyLimit: DOCUMENT_MAX_BYTES,
      schema: {
        tags,
        summary: 'Upload a PDF or an image (at most 20 MB) as the raw body, Content-Type: application/octet-stream',
        description:
          'The type is detected from the bytes: PDF, PNG, JPEG, GIF, WEBP, TIFF or HEIC, anything else is refused (400). A larger body answers 413.',
        consumes: ['application/octet-stream'],
        params: CaseParams,
        querystring: UploadDocumentQuery,
        response: { 201: CaseDocument },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await documents.upload(request.context(), request.params.caseId, request.query, request.body)),
  );

  app.get(
    '/cases/:caseId/documents/:documentId/content',
    {
      config: { access: 'case.readDocuments' },
      // A HEAD would log an extraction without delivering anything.
      exposeHeadRoute: false,
      schema: { tags, summary: "Download a document's bytes (logged as an extraction)", params: DocumentParams },
    },
    async (request, reply) => {
      const file = await documents.content(request.context(), request.params.caseId, request.params.documentId);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(Buffer.from(file.content));
    },
  );
};
