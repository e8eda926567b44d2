import {
  NOTE_EDIT_WINDOW_MS,
  type CaseNote,
  type CaseNoteEntry,
  type CaseNoteList,
  type CreateNoteRequest,
  type NoteListQuery,
  type UnitRef,
  type UpdateNoteRequest,
} from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import { mayOnCase } from '../../access/abilities';
import type { AccessService } from '../../access/access-service';
import type { RequestContext } from '../../lib/context';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { copenhagenToday, fromIsoDate, toIsoDate } from '../../lib/dates';
import { ConflictError, DomainValidationError, NotFoundError, RuleViolationError } from '../../lib/errors';
import { appendAudit, diffFields, recordAudit } from '../audit/service';
import { appendCaseEvent } from '../timeline/events';

type Tx = Prisma.TransactionClient;

export const EDIT_WINDOW_RULE =
  'Et notat kan kun rettes af forfatteren inden for 24 timer. Skriv en tilføjelse i stedet.';

const noteSelect = {
  id: true,
  kind: true,
  occurredOn: true,
  title: true,
  body: true,
  authorId: true,
  authorUnitId: true,
  supplementsId: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  author: { select: { id: true, name: true } },
} satisfies Prisma.CaseNoteSelect;

type NoteRow = Prisma.CaseNoteGetPayload<{ select: typeof noteSelect }>;

/** The note's own facts and who may correct it; `mayWrite`: the user may write notes on the case now. */
function toEntry(
  row: NoteRow,
  units: ReadonlyMap<string, UnitRef>,
  ctx: RequestContext,
  mayWrite: boolean,
): CaseNoteEntry {
  const editableUntil = new Date(row.createdAt.getTime() + NOTE_EDIT_WINDOW_MS);
  return {
    id: row.id,
    kind: row.kind,
    occurredOn: toIsoDate(row.occurredOn),
    title: row.title,
    body: row.body,
    author: row.author,
    authorUnit: row.authorUnitId ? (units.get(row.authorUnitId) ?? null) : null,
    supplementsId: row.supplementsId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    editableUntil: editableUntil.toISOString(),
    canEdit: mayWrite && row.authorId === ctx.actor.userId && ctx.now < editableUntil,
    version: row.version,
  };
}

/** The authors' units (a note keeps the unit its author had when writing it). */
async function unitsOf(db: Tx | PrismaClient, rows: readonly NoteRow[]): Promise<Map<string, UnitRef>> {
  const ids = [...new Set(rows.map((row) => row.authorUnitId).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const units = await db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, kind: true } });
  return new Map(units.map((unit) => [unit.id, unit]));
}

/** A note records what has happened: its date may not lie in the future (Copenhagen calendar). */
function assertNotInFuture(occurredOn: string | undefined, ctx: RequestContext): void {
  if (occurredOn !== undefined && occurredOn > copenhagenToday(ctx.now)) {
    throw new DomainValidationError('Datoen må ikke ligge i fremtiden.', [
      { path: 'body.occurredOn', message: 'Datoen må ikke ligge i fremtiden' },
    ]);
  }
}

/** Whether `noteId` is a note of the case (documents attach to one), inside the caller's transaction. */
export async function noteBelongsToCase(tx: Tx, caseId: string, noteId: string): Promise<boolean> {
  return (await tx.caseNote.count({ where: { id: noteId, caseId } })) > 0;
}

export function createNoteService(prisma: PrismaClient, access: AccessService) {
  async function mayWriteNotes(ctx: RequestContext, caseId: string): Promise<boolean> {
    return mayOnCase(ctx.actor, 'case.writeNotes', await access.caseReach(ctx.actor, caseId, ctx.now));
  }

  return {
    /** The journal, newest note first, each with its supplements; the read is logged. */
    async list(ctx: RequestContext, caseId: string, query: NoteListQuery): Promise<CaseNoteList> {
      const afterId = query.cursor ? decodeCursor(query.cursor) : undefined;
      if (afterId && (await prisma.caseNote.count({ where: { id: afterId, caseId, supplementsId: null } })) === 0) {
        throw new DomainValidationError('Ugyldig side-markør.', [
          { path: 'querystring.cursor', message: 'Ugyldig side-markør' },
        ]);
      }
      const rows = await prisma.caseNote.findMany({
        where: { caseId, supplementsId: null },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: query.limit + 1,
        ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}),
        select: noteSelect,
      });
      const pageRows = rows.slice(0, query.limit);
      const supplements = pageRows.length
        ? await prisma.caseNote.findMany({
            where: { caseId, supplementsId: { in: pageRows.map((row) => row.id) } },
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
            select: noteSelect,
          })
        : [];
      const [units, mayWrite] = await Promise.all([
        unitsOf(prisma, [...pageRows, ...supplements]),
        mayWriteNotes(ctx, caseId),
      ]);
      await recordAudit(prisma, ctx, {
        action: 'READ',
        entityType: 'CaseNote',
        caseId,
        details: { count: pageRows.length + supplements.length },
      });
      const last = pageRows.at(-1);
      return {
        items: pageRows.map((row): CaseNote => ({
          ...toEntry(row, units, ctx, mayWrite),
          supplements: supplements
            .filter((s) => s.supplementsId === row.id)
            .map((s) => toEntry(s, units, ctx, mayWrite)),
        })),
        nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null,
      };
    },

    /** Writes a note, or a supplement to one; logged and shown on the timeline. */
    async create(ctx: RequestContext, caseId: string, request: CreateNoteRequest): Promise<CaseNoteEntry> {
      assertNotInFuture(request.occurredOn, ctx);
      const row = await prisma.$transaction(async (tx) => {
        if (request.supplementsId) {
          const original = await tx.caseNote.findFirst({
            where: { id: request.supplementsId, caseId },
            select: { supplementsId: true },
          });
          if (!original || original.supplementsId !== null) {
            throw new DomainValidationError('En tilføjelse skal knyttes til et notat på sagen.', [
              {
                path: 'body.supplementsId',
                message: original ? 'Skriv tilføjelsen til det oprindelige notat' : 'Notatet findes ikke på sagen',
              },
            ]);
          }
        }
        const created = await tx.caseNote.create({
          data: {
            caseId,
            kind: request.kind,
            occurredOn: fromIsoDate(request.occurredOn),
            title: request.title,
            body: request.body,
            authorId: ctx.actor.userId,
            authorUnitId: ctx.actor.unitId,
            supplementsId: request.supplementsId ?? null,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          },
          select: noteSelect,
        });
        await appendAudit(tx, ctx, {
          action: 'CREATE',
          entityType: 'CaseNote',
          entityId: created.id,
          caseId,
          details: {
            changes: [
              { field: 'kind', from: null, to: request.kind },
              { field: 'occurredOn', from: null, to: request.occurredOn },
              { field: 'title', from: null, to: request.title },
              ...(request.supplementsId ? [{ field: 'supplementsId', from: null, to: request.supplementsId }] : []),
            ],
          },
        });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: request.supplementsId ? 'note.supplemented' : 'note.added',
          entityType: 'CaseNote',
          entityId: created.id,
          data: { title: request.title, kind: request.kind },
        });
        return created;
      });
      // The route's access check let a writer through, so the author may correct it for 24 hours.
      return toEntry(row, await unitsOf(prisma, [row]), ctx, true);
    },

    /**
     * Corrects a note: only its author, only within 24 hours of writing it (OFL § 13: the journal
     * is not rewritten afterwards; a supplement adds to it instead).
     */
    async update(
      ctx: RequestContext,
      caseId: string,
      noteId: string,
      request: UpdateNoteRequest,
    ): Promise<CaseNoteEntry> {
      const { version, ...fields } = request;
      const row = await prisma.$transaction(async (tx) => {
        const before = await tx.caseNote.findFirst({ where: { id: noteId, caseId }, select: noteSelect });
        if (!before) throw new NotFoundError('Notatet findes ikke.');
        if (
          before.authorId !== ctx.actor.userId ||
          ctx.now.getTime() >= before.createdAt.getTime() + NOTE_EDIT_WINDOW_MS
        ) {
          throw new RuleViolationError(EDIT_WINDOW_RULE);
        }
        if (before.version !== version)
          throw new ConflictError('Notatet er ændret, siden du hentede det. Hent det igen og gentag din rettelse.');
        assertNotInFuture(fields.occurredOn, ctx);
        const changes = diffFields({ ...before, occurredOn: toIsoDate(before.occurredOn) }, fields);
        if (changes.length === 0) {
          // Nothing to change, but the answer shows the note: that is a read, and reads are logged.
          await appendAudit(tx, ctx, { action: 'READ', entityType: 'CaseNote', entityId: noteId, caseId });
          return before;
        }
        const updated = await tx.caseNote.updateMany({
          where: { id: noteId, version },
          data: {
            ...fields,
            ...(fields.occurredOn !== undefined ? { occurredOn: fromIsoDate(fields.occurredOn) } : {}),
            updatedAt: ctx.now,
            version: { increment: 1 },
          },
        });
        if (updated.count !== 1)
          throw new ConflictError('Notatet er ændret, siden du hentede det. Hent det igen og gentag din rettelse.');
        await appendAudit(tx, ctx, {
          action: 'UPDATE',
          entityType: 'CaseNote',
          entityId: noteId,
          caseId,
          details: { changes },
        });
        const after = await tx.caseNote.findUniqueOrThrow({ where: { id: noteId }, select: noteSelect });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'note.edited',
          entityType: 'CaseNote',
          entityId: noteId,
          data: { title: after.title, kind: after.kind },
        });
        return after;
      });
      return toEntry(row, await unitsOf(prisma, [row]), ctx, true);
    },
  };
}

export type NoteService = ReturnType<typeof createNoteService>;
