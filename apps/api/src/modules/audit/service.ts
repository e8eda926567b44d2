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
  await appendChained(tx, [{ ctx, entry }]);
}

interface PendingRecord {
  ctx: RequestContext | AnonymousContext;
  entry: AuditEntry;
}

/** Appends records in order under the chain lock, each chained to the one before. */
async function appendChained(tx: Tx, records: readonly PendingRecord[]): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const previous = await tx.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { hash: true } });
  let prevHash = previous?.hash ?? GENESIS_HASH;
  const rows: (ChainedContent & { hash: string })[] = [];
  for (const { ctx, entry } of records) {
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
      prevHash,
    };
    const hash = hashAuditContent(content);
    rows.push({ ...content, hash });
    prevHash = hash;
  }
  await insertAuditRows(tx, rows);
}

/**
 * One multi-row INSERT whose rows take their seq in the order given, which is the chain's order.
 * Written as SQL over one JSON parameter because Prisma's createMany compiled a new query for every
 * batch size and payload, which cost more than everything else an audited read does in Node.
 */
async function insertAuditRows(tx: Tx, rows: readonly (ChainedContent & { hash: string })[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" ("id", "occurredAt", "userId", "unitId", "role", "action", "entityType", "entityId",
      "caseId", "reason", "requestId", "clientIp", "details", "prevHash", "hash")
    SELECT r."id", r."occurredAt", r."userId", r."unitId", r."role", r."action", r."entityType", r."entityId",
      r."caseId", r."reason", r."requestId", r."clientIp", r."details", r."prevHash", r."hash"
    FROM ROWS FROM (jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS ("id" uuid, "occurredAt" timestamptz,
      "userId" uuid, "unitId" uuid, "role" "UserRole", "action" "AuditAction", "entityType" text, "entityId" text,
      "caseId" uuid, "reason" text, "requestId" text, "clientIp" text, "details" jsonb, "prevHash" text, "hash" text))
      WITH ORDINALITY AS r("id", "occurredAt", "userId", "unitId", "role", "action", "entityType", "entityId",
        "caseId", "reason", "requestId", "clientIp", "details", "prevHash", "hash", "position")
    ORDER BY r."position"`;
}

const recorders = new WeakMap<PrismaClient, (record: PendingRecord) => Promise<void>>();

/**
 * Records an audit entry that has no write of its own to join (reads, searches), and resolves once
 * it is committed, so no answer leaves before its record exists. Concurrent requests are committed
 * together ("group commit"): one transaction and one turn of the chain lock for all the records
 * waiting, instead of one each — the lock otherwise serialises every read of the whole system.
 */
export function recordAudit(
  prisma: PrismaClient,
  ctx: RequestContext | AnonymousContext,
  entry: AuditEntry,
): Promise<void> {
  let record = recorders.get(prisma);
  if (!record) {
    record = groupCommitter(prisma);
    recorders.set(prisma, record);
  }
  return record({ ctx, entry });
}

/** Keeps bursts bounded: a transaction's INSERT stays small and no request waits behind thousands. */
const MAX_BATCH = 200;

function groupCommitter(prisma: PrismaClient) {
  let waiting: { record: PendingRecord; resolve: () => void; reject: (error: unknown) => void }[] = [];
  let running = false;
  async function drain() {
    running = true;
    while (waiting.length > 0) {
      const batch = waiting.slice(0, MAX_BATCH);
      waiting = waiting.slice(MAX_BATCH);
      try {
        await prisma.$transaction((tx) =>
          appendChained(
            tx,
            batch.map((item) => item.record),
          ),
        );
        for (const item of batch) item.resolve();
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
    }
    running = false;
  }
  return (record: PendingRecord) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ record, resolve, reject });
      if (!running) void drain();
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
