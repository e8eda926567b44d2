import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CaseListResponse } from '@inddrag/contracts';
import type * as DbTesting from '@inddrag/db/testing';
import { loginAs, type TestSession } from '../../testing/session';
import { createTestApp, type TestApp } from '../../testing/test-app';
import type { RequestContext } from '../../lib/context';
import { hashAuditContent } from './chain';
import { recordAudit } from './service';
import { verifyAuditChain } from './verify';

// The CLI runs in a child process against this file's test database, so the test needs its URL:
// createTestApp does not hand it out, so we note it on its way through createTestDatabase.
const database = vi.hoisted(() => ({ url: '' }));
vi.mock('@inddrag/db/testing', async (importOriginal) => {
  const original = await importOriginal<typeof DbTesting>();
  return {
    ...original,
    createTestDatabase: async () => {
      const created = await original.createTestDatabase();
      database.url = created.url;
      return created;
    },
  };
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const now = new Date('2026-11-24T10:00:00Z');

let t: TestApp;
let caseworker: TestSession;
let caseworkerId: string;
let myndighedId: string;
let ownCaseId: string;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now, seed: true });
  caseworker = await loginAs(t.app, 'raadgiver@demo.inddrag.dk');
  const me = await t.prisma.user.findUniqueOrThrow({ where: { email: 'raadgiver@demo.inddrag.dk' } });
  caseworkerId = me.id;
  myndighedId = me.unitId as string;
  ownCaseId = (
    await t.prisma.caseTeamMember.findFirstOrThrow({
      where: { userId: me.id, role: 'RESPONSIBLE' },
      orderBy: { caseId: 'asc' },
    })
  ).caseId;
});
afterAll(async () => t?.close());

const recordsOf = (requestId: string) =>
  t.prisma.auditEvent.findMany({ where: { requestId }, orderBy: { seq: 'asc' } });
const requestIdOf = (response: { headers: Record<string, unknown> }) => String(response.headers['x-request-id']);
const caseVersion = async (caseId: string) =>
  (await t.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).version;

/** Runs statements with the append-only trigger off, as someone with the rights to disable it could. */
async function behindTheTrigger(...statements: string[]) {
  await t.prisma.$transaction([
    t.prisma.$executeRawUnsafe('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_or_delete"'),
    ...statements.map((sql) => t.prisma.$executeRawUnsafe(sql)),
    t.prisma.$executeRawUnsafe('ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_no_update_or_delete"'),
  ]);
}

/** A record from the middle of the chain (neither the first nor the last). */
async function middleRecord() {
  const count = await t.prisma.auditEvent.count();
  expect(count).toBeGreaterThanOrEqual(3);
  return t.prisma.auditEvent.findFirstOrThrow({ orderBy: { seq: 'asc' }, skip: Math.floor(count / 2) });
}

describe('reads and writes leave audit records', () => {
  it('GET /api/cases/:caseId appends one READ record naming user, unit, role, entity, case, request id and client IP', async () => {
    const response = await caseworker.inject({ method: 'GET', url: `/api/cases/${ownCaseId}` });
    expect(response.statusCode).toBe(200);
    const records = await recordsOf(requestIdOf(response));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      occurredAt: now,
      userId: caseworkerId,
      unitId: myndighedId,
      role: 'CASEWORKER',
      action: 'READ',
      entityType: 'Case',
      entityId: ownCaseId,
      caseId: ownCaseId,
      requestId: requestIdOf(response),
      clientIp: '127.0.0.1',
      reason: null,
    });
    expect(records[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('PATCH /api/cases/:caseId appends an UPDATE record whose details.changes name field, from and to, committed with the change', async () => {
    const before = await t.prisma.case.findUniqueOrThrow({ where: { id: ownCaseId } });
    const response = await caseworker.inject({
      method: 'PATCH',
      url: `/api/cases/${ownCaseId}`,
      payload: { version: before.version, honourConflictSuspected: !before.honourConflictSuspected },
    });
    expect(response.statusCode).toBe(200);
    const after = await t.prisma.case.findUniqueOrThrow({ where: { id: ownCaseId } });
    expect(after).toMatchObject({
      version: before.version + 1,
      honourConflictSuspected: !before.honourConflictSuspected,
    });
    const updates = (await recordsOf(requestIdOf(response))).filter((r) => r.action === 'UPDATE');
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({
      userId: caseworkerId,
      unitId: myndighedId,
      role: 'CASEWORKER',
      entityType: 'Case',
      entityId: ownCaseId,
      caseId: ownCaseId,
      clientIp: '127.0.0.1',
    });
    expect(updates[0]?.details).toEqual({
      changes: [
        { field: 'honourConflictSuspected', from: before.honourConflictSuspected, to: !before.honourConflictSuspected },
      ],
    });
  });

  it('a PATCH on a stale version answers 409, changes nothing and leaves no record', async () => {
    const before = await t.prisma.case.findUniqueOrThrow({ where: { id: ownCaseId } });
    const updatesBefore = await t.prisma.auditEvent.count({ where: { caseId: ownCaseId, action: 'UPDATE' } });
    const response = await caseworker.inject({
      method: 'PATCH',
      url: `/api/cases/${ownCaseId}`,
      payload: { version: before.version - 1, honourConflictSuspected: !before.honourConflictSuspected },
    });
    expect(response.statusCode).toBe(409);
    expect(await recordsOf(requestIdOf(response))).toEqual([]);
    expect(await t.prisma.auditEvent.count({ where: { caseId: ownCaseId, action: 'UPDATE' } })).toBe(updatesBefore);
    expect(await t.prisma.case.findUniqueOrThrow({ where: { id: ownCaseId } })).toMatchObject({
      version: before.version,
      honourConflictSuspected: before.honourConflictSuspected,
    });
  });

  it('a PATCH refused by a domain rule (400) rolls back and leaves no record', async () => {
    const leader = await t.prisma.user.findUniqueOrThrow({ where: { email: 'leder@demo.inddrag.dk' } });
    const response = await caseworker.inject({
      method: 'PATCH',
      url: `/api/cases/${ownCaseId}`,
      payload: {
        version: await caseVersion(ownCaseId),
        honourConflictSuspected: true,
        responsibleCaseworkerId: leader.id,
      },
    });
    expect(response.statusCode).toBe(400);
    expect(await recordsOf(requestIdOf(response))).toEqual([]);
  });

  it('a PATCH that changes nothing still leaves a record of the case it answers with (no unlogged read)', async () => {
    // The 200 carries the whole case (child, team, CPR-masked): a read of case data, which the
    // audit log must show (ADR 003: "every read and write of case data appends an AuditEvent").
    const response = await caseworker.inject({
      method: 'PATCH',
      url: `/api/cases/${ownCaseId}`,
      payload: { version: await caseVersion(ownCaseId) },
    });
    expect(response.statusCode).toBe(200);
    expect((response.json() as { id: string }).id).toBe(ownCaseId);
    const records = await recordsOf(requestIdOf(response));
    expect(records.filter((r) => r.caseId === ownCaseId && r.entityType === 'Case').map((r) => r.action)).toEqual([
      expect.stringMatching(/^(READ|UPDATE)$/),
    ]);
  });

  it('a search appends a SEARCH record listing the ids of the cases it showed', async () => {
    const response = await caseworker.inject({ method: 'GET', url: '/api/cases?limit=5' });
    expect(response.statusCode).toBe(200);
    const shown = CaseListResponse.parse(response.json()).items.map((c) => c.id);
    const records = await recordsOf(requestIdOf(response));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ action: 'SEARCH', userId: caseworkerId, entityType: 'Case', caseId: null });
    expect((records[0]?.details as { resultCaseIds: string[] }).resultCaseIds).toEqual(shown);
  });
});

describe('the database refuses to change or remove audit records', () => {
  it('UPDATE on "AuditEvent" throws, and the record is unchanged', async () => {
    const record = await middleRecord();
    await expect(
      t.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "reason" = 'skjult' WHERE "seq" = ${record.seq}`),
    ).rejects.toThrow(/append-only/);
    expect(await t.prisma.auditEvent.findUniqueOrThrow({ where: { seq: record.seq } })).toEqual(record);
  });

  it('DELETE on "AuditEvent" throws, and the record is still there', async () => {
    const record = await middleRecord();
    const count = await t.prisma.auditEvent.count();
    await expect(t.prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "seq" = ${record.seq}`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.prisma.$executeRawUnsafe('DELETE FROM "AuditEvent"')).rejects.toThrow(/append-only/);
    expect(await t.prisma.auditEvent.count()).toBe(count);
  });

  it('TRUNCATE on "AuditEvent" throws', async () => {
    const count = await t.prisma.auditEvent.count();
    await expect(t.prisma.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(/append-only/);
    expect(await t.prisma.auditEvent.count()).toBe(count);
  });
});

describe('reads logged together (group commit)', () => {
  it('commits every one of many concurrent reads before answering, in one unbroken chain, in fewer transactions than reads', async () => {
    const before = await t.prisma.auditEvent.count();
    const { id: caseId } = await t.prisma.case.findFirstOrThrow({ where: { team: { some: { user: { email: 'raadgiver@demo.inddrag.dk' } } } } });
    const transactions = vi.spyOn(t.prisma, '$transaction');
    const responses = await Promise.all(
      Array.from({ length: 30 }, () => caseworker.inject({ method: 'GET', url: `/api/cases/${caseId}` })),
    );
    const transactionCount = transactions.mock.calls.length;
    transactions.mockRestore();
    expect(responses.map((r) => r.statusCode)).toEqual(Array(30).fill(200));
    expect(transactionCount).toBeGreaterThan(0);
    expect(transactionCount).toBeLessThan(30);
    const added = await t.prisma.auditEvent.findMany({ where: { seq: { gt: BigInt(before) } }, orderBy: { seq: 'asc' } });
    expect(added.filter((e) => e.action === 'READ' && e.caseId === caseId)).toHaveLength(30);
    expect(new Set(added.map((e) => e.requestId)).size).toBe(30);
    expect((await verifyAuditChain(t.prisma)).ok).toBe(true);
  });

  it('stores records exactly as given and in the order given, also several in one INSERT: text with æøå and quotes, nested details, no details', async () => {
    const ctx = {
      actor: { userId: caseworkerId, unitId: myndighedId, role: 'CASEWORKER' as const },
      requestId: `batch-${Date.now()}`,
      clientIp: '127.0.0.1',
      now: new Date('2026-11-24T10:00:00.123Z'),
    };
    const entries = [
      { action: 'SEARCH' as const, entityType: 'Case', details: { query: { q: 'Søren "Bønnelykke" \\ Åse', sort: 'caseNumber' }, resultCaseIds: [ownCaseId] } },
      { action: 'READ' as const, entityType: 'Case', entityId: ownCaseId, caseId: ownCaseId },
      { action: 'REVEAL_CPR' as const, entityType: 'Case', caseId: ownCaseId, reason: 'Opslag i "CPR" – før mødet', details: { nested: { list: [1, null, true], empty: {} } } },
    ];
    await Promise.all(entries.map((entry) => recordAudit(t.prisma, ctx as unknown as RequestContext, entry)));
    const stored = await recordsOf(ctx.requestId);
    expect(stored.map((r) => r.action)).toEqual(['SEARCH', 'READ', 'REVEAL_CPR']);
    expect(stored.map((r) => r.details)).toEqual([entries[0]!.details, null, entries[2]!.details]);
    expect(stored[2]).toMatchObject({ reason: 'Opslag i "CPR" – før mødet', caseId: ownCaseId, userId: caseworkerId, unitId: myndighedId, role: 'CASEWORKER', clientIp: '127.0.0.1' });
    expect(stored.every((r) => r.occurredAt.toISOString() === '2026-11-24T10:00:00.123Z')).toBe(true);
    // Each links to the one before it, and each hash is that of its stored content.
    expect(stored[1]!.prevHash).toBe(stored[0]!.hash);
    expect(stored[2]!.prevHash).toBe(stored[1]!.hash);
    expect((await verifyAuditChain(t.prisma)).ok).toBe(true);
  });
});

describe('verifyAuditChain', () => {
  it('passes on the seeded, used database, checking every record', async () => {
    const verdict = await verifyAuditChain(t.prisma);
    expect(verdict).toEqual({ ok: true, checked: await t.prisma.auditEvent.count() });
  });

  it("names exactly the record whose reason was altered behind the trigger as the first broken one, and passes again once it's restored", async () => {
    const record = await middleRecord();
    const before = await t.prisma.auditEvent.count({ where: { seq: { lt: record.seq } } });
    const original = record.reason === null ? 'NULL' : `'${record.reason.replaceAll("'", "''")}'`;
    await behindTheTrigger(`UPDATE "AuditEvent" SET "reason" = 'rettet bagefter' WHERE "seq" = ${record.seq}`);
    try {
      const verdict = await verifyAuditChain(t.prisma);
      expect(verdict).toEqual({
        ok: false,
        checked: before,
        brokenAt: { seq: record.seq, id: record.id, problem: expect.stringMatching(/altered/) },
      });
    } finally {
      await behindTheTrigger(`UPDATE "AuditEvent" SET "reason" = ${original} WHERE "seq" = ${record.seq}`);
    }
    expect((await verifyAuditChain(t.prisma)).ok).toBe(true);
  });

  it('names the record after a deleted one as the first broken link', async () => {
    const record = await middleRecord();
    const next = await t.prisma.auditEvent.findFirstOrThrow({
      where: { seq: { gt: record.seq } },
      orderBy: { seq: 'asc' },
    });
    const before = await t.prisma.auditEvent.count({ where: { seq: { lt: record.seq } } });
    await t.prisma.$executeRawUnsafe(
      `CREATE TABLE "AuditEventTamperBackup" AS SELECT * FROM "AuditEvent" WHERE "seq" = ${record.seq}`,
    );
    await behindTheTrigger(`DELETE FROM "AuditEvent" WHERE "seq" = ${record.seq}`);
    try {
      const verdict = await verifyAuditChain(t.prisma);
      expect(verdict).toEqual({
        ok: false,
        checked: before,
        brokenAt: { seq: next.seq, id: next.id, problem: expect.stringMatching(/removed or inserted/) },
      });
    } finally {
      await t.prisma.$executeRawUnsafe('INSERT INTO "AuditEvent" SELECT * FROM "AuditEventTamperBackup"');
      await t.prisma.$executeRawUnsafe('DROP TABLE "AuditEventTamperBackup"');
    }
    expect((await verifyAuditChain(t.prisma)).ok).toBe(true);
  });

  it('catches an altered record even when its hash was recomputed to match: the next record no longer links to it', async () => {
    const record = await middleRecord();
    const next = await t.prisma.auditEvent.findFirstOrThrow({
      where: { seq: { gt: record.seq } },
      orderBy: { seq: 'asc' },
    });
    const forgedHash = hashAuditContent({
      id: record.id,
      occurredAt: record.occurredAt.toISOString(),
      userId: record.userId,
      unitId: record.unitId,
      role: record.role,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      caseId: record.caseId,
      reason: 'rettet bagefter',
      requestId: record.requestId,
      clientIp: record.clientIp,
      details: record.details,
      prevHash: record.prevHash,
    });
    const original = record.reason === null ? 'NULL' : `'${record.reason.replaceAll("'", "''")}'`;
    await behindTheTrigger(
      `UPDATE "AuditEvent" SET "reason" = 'rettet bagefter', "hash" = '${forgedHash}' WHERE "seq" = ${record.seq}`,
    );
    try {
      const verdict = await verifyAuditChain(t.prisma);
      expect(verdict.ok).toBe(false);
      expect(!verdict.ok && verdict.brokenAt.seq).toBe(next.seq);
    } finally {
      await behindTheTrigger(
        `UPDATE "AuditEvent" SET "reason" = ${original}, "hash" = '${record.hash}' WHERE "seq" = ${record.seq}`,
      );
    }
    expect((await verifyAuditChain(t.prisma)).ok).toBe(true);
  });
});

describe('pnpm audit:verify', () => {
  const script = (
    JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts['audit:verify'];

  /** Runs the CLI as `pnpm audit:verify` would (tsx + the script's file), on this file's database. */
  async function runCli(): Promise<{ code: number; stdout: string; stderr: string }> {
    const [command, ...args] = (script ?? '').split(' ');
    expect(command).toBe('tsx');
    try {
      const { stdout, stderr } = await promisify(execFile)(path.join(repoRoot, 'node_modules/.bin/tsx'), args, {
        cwd: repoRoot,
        env: { ...process.env, DATABASE_URL: database.url, DATA_DIR: '/nonexistent-never-used' },
        timeout: 60_000,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return {
        code: typeof failed.code === 'number' ? failed.code : -1,
        stdout: failed.stdout ?? '',
        stderr: failed.stderr ?? '',
      };
    }
  }

  it('is the verify CLI', () => {
    expect(script).toBe('tsx apps/api/src/modules/audit/verify-cli.ts');
    expect(database.url).toMatch(/^postgres(ql)?:\/\//);
  });

  it('exits 0 and reports the number of records checked on an intact chain', async () => {
    const count = await t.prisma.auditEvent.count();
    const result = await runCli();
    expect(result).toMatchObject({
      code: 0,
      stdout: expect.stringContaining(`Audit log intact: ${count} records checked.`),
    });
  }, 90_000);

  it('exits non-zero naming the seq of a tampered record', async () => {
    const record = await middleRecord();
    const original = record.reason === null ? 'NULL' : `'${record.reason.replaceAll("'", "''")}'`;
    await behindTheTrigger(`UPDATE "AuditEvent" SET "reason" = 'rettet bagefter' WHERE "seq" = ${record.seq}`);
    try {
      const result = await runCli();
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(`Audit log broken at record seq ${record.seq} (id ${record.id})`);
    } finally {
      await behindTheTrigger(`UPDATE "AuditEvent" SET "reason" = ${original} WHERE "seq" = ${record.seq}`);
    }
    expect((await verifyAuditChain(t.prisma)).ok).toBe(true);
  }, 90_000);
});

describe('concurrent appends', () => {
  it('20 parallel GET /api/cases/:caseId each append one READ record, and the chain stays unbroken', async () => {
    const countBefore = await t.prisma.auditEvent.count();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => caseworker.inject({ method: 'GET', url: `/api/cases/${ownCaseId}` })),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
    const requestIds = responses.map(requestIdOf);
    const records = await t.prisma.auditEvent.findMany({
      where: { requestId: { in: requestIds } },
      orderBy: { seq: 'asc' },
    });
    expect(records).toHaveLength(20);
    expect(new Set(records.map((r) => r.requestId)).size).toBe(20);
    expect(records.every((r) => r.action === 'READ' && r.caseId === ownCaseId)).toBe(true);
    expect(await t.prisma.auditEvent.count()).toBe(countBefore + 20);
    // Each new record links to the one right before it in seq order.
    const chain = await t.prisma.auditEvent.findMany({
      where: { seq: { gte: (records[0]?.seq ?? 0n) - 1n } },
      orderBy: { seq: 'asc' },
    });
    for (let i = 1; i < chain.length; i++) expect(chain[i]?.prevHash).toBe(chain[i - 1]?.hash);
    expect(await verifyAuditChain(t.prisma)).toEqual({ ok: true, checked: countBefore + 20 });
  });

  it('12 parallel PATCHes on the same version: one wins with one UPDATE record, the others get 409 and leave none; the chain holds', async () => {
    const before = await t.prisma.case.findUniqueOrThrow({ where: { id: ownCaseId } });
    const updatesBefore = await t.prisma.auditEvent.count({ where: { caseId: ownCaseId, action: 'UPDATE' } });
    const responses = await Promise.all(
      Array.from({ length: 12 }, () =>
        caseworker.inject({
          method: 'PATCH',
          url: `/api/cases/${ownCaseId}`,
          payload: { version: before.version, honourConflictSuspected: !before.honourConflictSuspected },
        }),
      ),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, ...Array(11).fill(409)]);
    expect(await t.prisma.auditEvent.count({ where: { caseId: ownCaseId, action: 'UPDATE' } })).toBe(updatesBefore + 1);
    expect((await verifyAuditChain(t.prisma)).ok).toBe(true);
  });
});
