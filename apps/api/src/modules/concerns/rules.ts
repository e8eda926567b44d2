import { ProblemType } from '@inddrag/contracts';
import type { Prisma } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { copenhagenToday } from '../../lib/dates';
import { AppError, DomainValidationError, RuleViolationError } from '../../lib/errors';

type Tx = Prisma.TransactionClient;

/**
 * A write based on a stale version: someone else saved in between. The body carries the record as
 * it now is (`current`), so the page can show it beside the user's own text.
 */
export class StaleWriteError extends AppError {
  constructor(detail: string, current: unknown) {
    super(409, ProblemType.conflict, 'Konflikt', detail, undefined, { current });
  }
}

/** The unit a record is written for; every caseworker who may write these belongs to one. */
export function unitOf(ctx: RequestContext): string {
  if (!ctx.actor.unitId) throw new RuleViolationError('Du skal høre til en enhed for at skrive på sagen.');
  return ctx.actor.unitId;
}

/** A ground for concern records what has happened: not a date in the future (Copenhagen calendar). */
export function assertNotInFuture(occurredOn: string, ctx: RequestContext, path: string): void {
  if (occurredOn > copenhagenToday(ctx.now)) {
    throw new DomainValidationError('Datoen må ikke ligge i fremtiden.', [
      { path, message: 'Datoen må ikke ligge i fremtiden' },
    ]);
  }
}

/** The notification, note and document a ground links to must be the case's own. */
export async function assertGroundLinks(
  tx: Tx,
  caseId: string,
  links: { notificationId: string | null; noteId: string | null; documentId: string | null },
): Promise<void> {
  const [notification, note, document] = await Promise.all([
    links.notificationId ? tx.childNotification.count({ where: { id: links.notificationId, caseId } }) : 1,
    links.noteId ? tx.caseNote.count({ where: { id: links.noteId, caseId } }) : 1,
    links.documentId ? tx.caseDocument.count({ where: { id: links.documentId, caseId } }) : 1,
  ]);
  const errors = [
    ...(notification ? [] : [{ path: 'body.notificationId', message: 'Underretningen findes ikke på sagen' }]),
    ...(note ? [] : [{ path: 'body.noteId', message: 'Notatet findes ikke på sagen' }]),
    ...(document ? [] : [{ path: 'body.documentId', message: 'Dokumentet findes ikke på sagen' }]),
  ];
  if (errors.length) throw new DomainValidationError('Bekymringsgrundlaget kan kun henvise til sagens egne oplysninger.', errors);
}

/** Every id must name a record of the case; the error names the first that does not. */
export async function assertOwnIds(
  tx: Tx,
  what: 'ground' | 'statement',
  caseId: string,
  ids: readonly string[],
  path: string,
): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const rows =
    what === 'ground'
      ? await tx.concernGround.findMany({ where: { caseId, id: { in: unique } }, select: { id: true } })
      : await tx.concernStatement.findMany({ where: { caseId, id: { in: unique } }, select: { id: true } });
  const found = new Set(rows.map((row) => row.id));
  const missing = ids.findIndex((id) => !found.has(id));
  if (missing >= 0) {
    const message =
      what === 'ground' ? 'Bekymringsgrundlaget findes ikke på sagen' : 'Bekymringen findes ikke på sagen';
    throw new DomainValidationError(`${message}.`, [{ path: `${path}.${missing}`, message }]);
  }
  return unique;
}
