import { randomUUID } from 'node:crypto';
import type { AuditAction, FieldChange } from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import type { AnonymousContext, RequestContext } from '../../lib/context';
import { GENESIS_HASH, hashAuditContent, type ChainedContent } from './chain';

/** Serialises appends so each record's prevHash is the hash of the record before it. */
const AUDIT_CHAIN_LOCK = 72_707_370;

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  caseId?: string | null;
  reason?: string | null;
  details?: Record<string, unknown> & { changes?: FieldChange[] };
  /** Overrides the context's actor, e.g. for a failed login naming no known user. */
  userId?: string | null;
}

type Tx = Prisma.TransactionClient;

/**
 * Appends one record to the hash-chained audit log inside the caller's transaction, so a write
 * and its audit record commit or roll back together.
 */
export async function appendAudit(tx: Tx, ctx: RequestContext | AnonymousContext, entry: AuditEntry): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const previous = await tx.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { hash: true } });
  const content: ChainedContent = {
    id: randomUUID(),
    occurredAt: ctx.now.toISOString(),
    userId: entry.userId !== undefined ? entry.userId : (ctx.actor?.userId ?? null),
    unitId: ctx.actor?.unitId ?? null,
    role: ctx.actor?.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    caseId: entry.caseId ?? null,
    reason: entry.reason ?? null,
    requestId: ctx.requestId,
    clientIp: ctx.clientIp,
    details: entry.details ?? null,
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  await tx.auditEvent.create({
    data: {
      ...content,
      role: content.role as RequestContext['actor']['role'] | null,
      action: entry.action,
      occurredAt: ctx.now,
      details: (entry.details ?? undefined) as Prisma.InputJsonValue | undefined,
      hash: hashAuditContent(content),
    },
  });
}

/** Field-by-field differences between two versions of a record, for the change history. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): FieldChange[] {
  return Object.entries(after)
    .filter(([field, to]) => to !== undefined && !sameValue(before[field], to))
    .map(([field, to]) => ({ field, from: normalise(before[field]), to: normalise(to) }));
}

function normalise(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? null);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

export function createAuditService(prisma: PrismaClient) {
  return {
    /** Records a read (or any event without a write of its own) in a transaction of its own. */
    async record(ctx: RequestContext | AnonymousContext, entry: AuditEntry): Promise<void> {
      await prisma.$transaction((tx) => appendAudit(tx, ctx, entry));
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
