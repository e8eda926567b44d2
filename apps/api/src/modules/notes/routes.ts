import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CaseNoteEntry,
  CaseNoteList,
  CaseParams,
  CreateNoteRequest,
  NoteListQuery,
  NoteParams,
  UpdateNoteRequest,
} from '@inddrag/contracts';

const tags = ['notes'];

/** The case journal (OFL § 13): read, write, supplement, and correct within 24 hours. Never delete. */
export const noteRoutes: FastifyPluginAsyncZod = async (app) => {
  const { notes } = app.services;

  app.get(
    '/cases/:caseId/notes',
    {
      config: { access: 'case.readNotes' },
      schema: {
        tags,
        summary: 'The journal: notes newest first, each with its supplements',
        params: CaseParams,
        querystring: NoteListQuery,
        response: { 200: CaseNoteList },
      },
    },
    async (request) => notes.list(request.context(), request.params.caseId, request.query),
  );

  app.post(
    '/cases/:caseId/notes',
    {
      config: { access: 'case.writeNotes' },
      schema: {
        tags,
        summary: 'Write a note, or a supplement to one (supplementsId)',
        params: CaseParams,
        body: CreateNoteRequest,
        response: { 201: CaseNoteEntry },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await notes.create(request.context(), request.params.caseId, request.body)),
  );

  app.patch(
    '/cases/:caseId/notes/:noteId',
    {
      config: { access: 'case.writeNotes' },
      schema: {
        tags,
        summary: 'Correct a note: its author only, within 24 hours (422 otherwise; 409 on a stale version)',
        params: NoteParams,
        body: UpdateNoteRequest,
        response: { 200: CaseNoteEntry },
      },
    },
    async (request) => notes.update(request.context(), request.params.caseId, request.params.noteId, request.body),
  );
};
