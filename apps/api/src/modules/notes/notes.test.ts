import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseNoteEntry, CaseNoteList, Problem, ProblemType } from '@inddrag/contracts';
import { loginAs, type TestSession } from '../../testing/session';
import { createTestApp, type TestApp } from '../../testing/test-app';

const HOUR = 3_600_000;
let t: TestApp;
let now = new Date('2026-11-24T09:00:00Z');
let caseworker: TestSession;
let caseId: string;
let caseworkerId: string;

const note = {
  kind: 'PHONE_CALL',
  occurredOn: '2026-11-23',
  title: 'Opringning fra skolen',
  body: 'Klasselæreren fortæller, at Emma ofte kommer sent.',
};

function fieldPaths(body: string): string[] {
  return (Problem.parse(JSON.parse(body)).errors ?? []).map((e) => e.path);
}

async function write(session: TestSession, payload: Record<string, unknown>, onCase = caseId) {
  return session.inject({ method: 'POST', url: `/api/cases/${onCase}/notes`, payload });
}

async function journal(session: TestSession, query = '') {
  const response = await session.inject({ method: 'GET', url: `/api/cases/${caseId}/notes${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return CaseNoteList.parse(response.json());
}

/** Moves the test clock; sessions time out after 30 idle minutes, so the caseworker logs in again. */
async function advanceTo(instant: Date) {
  now = instant;
  caseworker = await loginAs(t.app, 'raadgiver@demo.inddrag.dk');
}

beforeAll(async () => {
  t = await createTestApp({ clock: () => now, seed: true });
  caseworker = await loginAs(t.app, 'raadgiver@demo.inddrag.dk');
  const me = await t.prisma.user.findUniqueOrThrow({ where: { email: 'raadgiver@demo.inddrag.dk' } });
  caseworkerId = me.id;
  const unge = await t.prisma.user.findUniqueOrThrow({ where: { email: 'ungecenter@demo.inddrag.dk' } });
  // One of her own cases that UngeCentret has nothing to do with (not on the team, not referred there).
  caseId = (
    await t.prisma.case.findFirstOrThrow({
      where: {
        team: { some: { userId: me.id, role: 'RESPONSIBLE', removedAt: null }, none: { userId: unge.id } },
        referrals: { none: {} },
      },
      orderBy: { caseNumber: 'asc' },
    })
  ).id;
});
afterAll(async () => t?.close());

describe('POST /api/cases/:caseId/notes', () => {
  it('names each invalid field', async () => {
    const empty = await write(caseworker, { kind: 'GOSSIP', occurredOn: '23-11-2026', title: '', body: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(fieldPaths(empty.body).sort()).toEqual(['body.body', 'body.kind', 'body.occurredOn', 'body.title']);

    const tooLong = await write(caseworker, { ...note, title: 'x'.repeat(201), body: 'y'.repeat(50_001) });
    expect(tooLong.statusCode).toBe(400);
    expect(fieldPaths(tooLong.body).sort()).toEqual(['body.body', 'body.title']);
  });

  it('refuses a date in the future with a Danish message on the field', async () => {
    const response = await write(caseworker, { ...note, occurredOn: '2026-11-25' });
    expect(response.statusCode).toBe(400);
    expect(Problem.parse(response.json()).errors).toEqual([
      { path: 'body.occurredOn', message: 'Datoen må ikke ligge i fremtiden' },
    ]);
    // Today (Copenhagen) is fine, also just after midnight when UTC still says yesterday.
    await advanceTo(new Date('2026-11-24T23:30:00Z'));
    expect(
      (await write(caseworker, { ...note, occurredOn: '2026-11-25', title: 'Lige efter midnat' })).statusCode,
    ).toBe(201);
  });

  it('writes a dated, authored note, logs it and puts it on the timeline', async () => {
    const response = await write(caseworker, note);
    expect(response.statusCode, response.body).toBe(201);
    const created = CaseNoteEntry.parse(response.json());
    expect(created).toMatchObject({
      kind: 'PHONE_CALL',
      occurredOn: '2026-11-23',
      title: note.title,
      body: note.body,
      author: { id: caseworkerId, name: 'Sofie Lund' },
      authorUnit: { name: 'Myndighedscentret', kind: 'MYNDIGHED' },
      supplementsId: null,
      createdAt: now.toISOString(),
      editableUntil: new Date(now.getTime() + 24 * HOUR).toISOString(),
      canEdit: true,
      version: 1,
    });

    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'CREATE', entityType: 'CaseNote', entityId: created.id },
    });
    expect(audit.caseId).toBe(caseId);
    expect(JSON.stringify(audit.details)).not.toContain(note.body);
    const event = await t.prisma.caseEvent.findFirstOrThrow({ where: { kind: 'note.added', entityId: created.id } });
    expect(event.data).toEqual({ title: note.title, kind: 'PHONE_CALL' });
  });

  it('writes a supplement to a note of the case, shown under the original', async () => {
    const original = CaseNoteEntry.parse(
      (await write(caseworker, { ...note, title: 'Møde med mor', kind: 'MEETING' })).json(),
    );
    const response = await write(caseworker, {
      kind: 'NOTE',
      occurredOn: '2026-11-24',
      title: 'Tilføjelse',
      body: 'Mor ringede bagefter.',
      supplementsId: original.id,
    });
    expect(response.statusCode, response.body).toBe(201);
    const supplement = CaseNoteEntry.parse(response.json());
    expect(supplement.supplementsId).toBe(original.id);
    expect(await t.prisma.caseEvent.count({ where: { kind: 'note.supplemented', entityId: supplement.id } })).toBe(1);

    const list = await journal(caseworker);
    const shown = list.items.find((n) => n.id === original.id);
    expect(shown?.supplements.map((s) => s.id)).toEqual([supplement.id]);
    expect(list.items.some((n) => n.id === supplement.id)).toBe(false);

    const ofSupplement = await write(caseworker, { ...note, supplementsId: supplement.id });
    expect(ofSupplement.statusCode).toBe(400);
    expect(fieldPaths(ofSupplement.body)).toEqual(['body.supplementsId']);
    const unknown = await write(caseworker, { ...note, supplementsId: crypto.randomUUID() });
    expect(unknown.statusCode).toBe(400);
    expect(fieldPaths(unknown.body)).toEqual(['body.supplementsId']);
  });

  it('refuses a supplement to a note of another case', async () => {
    const otherCase = (
      await t.prisma.caseTeamMember.findFirstOrThrow({
        where: { userId: caseworkerId, caseId: { not: caseId }, removedAt: null },
        orderBy: { addedAt: 'asc' },
      })
    ).caseId;
    const elsewhere = CaseNoteEntry.parse((await write(caseworker, note, otherCase)).json());
    const response = await write(caseworker, { ...note, supplementsId: elsewhere.id });
    expect(response.statusCode).toBe(400);
    expect(fieldPaths(response.body)).toEqual(['body.supplementsId']);
  });
});

describe('GET /api/cases/:caseId/notes', () => {
  it('lists notes newest first, a page at a time, and logs the read', async () => {
    for (let i = 0; i < 3; i += 1) {
      await advanceTo(new Date(now.getTime() + 60_000));
      await write(caseworker, { ...note, title: `Side ${i}` });
    }
    const before = await t.prisma.auditEvent.count({ where: { action: 'READ', entityType: 'CaseNote', caseId } });
    const first = await journal(caseworker, '?limit=2');
    expect(first.items.map((n) => n.title)).toEqual(['Side 2', 'Side 1']);
    expect(first.nextCursor).not.toBeNull();
    const second = await journal(caseworker, `?limit=2&cursor=${first.nextCursor}`);
    expect(second.items[0]?.title).toBe('Side 0');
    expect(await t.prisma.auditEvent.count({ where: { action: 'READ', entityType: 'CaseNote', caseId } })).toBe(
      before + 2,
    );

    const bad = await caseworker.inject({ method: 'GET', url: `/api/cases/${caseId}/notes?cursor=nonsense` });
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(['querystring.cursor']);
  });
});

describe('PATCH /api/cases/:caseId/notes/:noteId', () => {
  it('lets the author correct a note within 24 hours, logging each changed field', async () => {
    const created = CaseNoteEntry.parse((await write(caseworker, { ...note, title: 'Til rettelse' })).json());
    await advanceTo(new Date(now.getTime() + 23 * HOUR));
    const response = await caseworker.inject({
      method: 'PATCH',
      url: `/api/cases/${caseId}/notes/${created.id}`,
      payload: { title: 'Rettet overskrift', kind: 'MEETING', version: created.version },
    });
    expect(response.statusCode, response.body).toBe(200);
    const updated = CaseNoteEntry.parse(response.json());
    expect(updated).toMatchObject({
      title: 'Rettet overskrift',
      kind: 'MEETING',
      body: note.body,
      version: 2,
      canEdit: true,
    });

    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'UPDATE', entityType: 'CaseNote', entityId: created.id },
    });
    expect((audit.details as { changes: unknown[] }).changes).toEqual([
      { field: 'kind', from: 'PHONE_CALL', to: 'MEETING' },
      { field: 'title', from: 'Til rettelse', to: 'Rettet overskrift' },
    ]);
    const event = await t.prisma.caseEvent.findFirstOrThrow({ where: { kind: 'note.edited', entityId: created.id } });
    expect(event.data).toEqual({ title: 'Rettet overskrift', kind: 'MEETING' });

    const stale = await caseworker.inject({
      method: 'PATCH',
      url: `/api/cases/${caseId}/notes/${created.id}`,
      payload: { body: 'Gammel version', version: created.version },
    });
    expect(stale.statusCode).toBe(409);
    expect(Problem.parse(stale.json()).type).toBe(ProblemType.conflict);

    // After 24 hours the note stands; the list says so, and a correction is refused with the rule.
    await advanceTo(new Date(new Date(created.createdAt).getTime() + 24 * HOUR));
    const shown = (await journal(caseworker)).items.find((n) => n.id === created.id);
    expect(shown?.canEdit).toBe(false);
    const late = await caseworker.inject({
      method: 'PATCH',
      url: `/api/cases/${caseId}/notes/${created.id}`,
      payload: { body: 'For sent', version: updated.version },
    });
    expect(late.statusCode).toBe(422);
    expect(Problem.parse(late.json())).toMatchObject({
      type: ProblemType.rule,
      detail: 'Et notat kan kun rettes af forfatteren inden for 24 timer. Skriv en tilføjelse i stedet.',
    });
    expect((await t.prisma.caseNote.findUniqueOrThrow({ where: { id: created.id } })).body).toBe(note.body);
  });

  it('refuses another team member, who may only write a supplement', async () => {
    const created = CaseNoteEntry.parse((await write(caseworker, { ...note, title: 'Sofies notat' })).json());
    const ppr = await t.prisma.user.findUniqueOrThrow({ where: { email: 'ppr@demo.inddrag.dk' } });
    await t.prisma.caseTeamMember.upsert({
      where: { caseId_userId: { caseId, userId: ppr.id } },
      create: { caseId, userId: ppr.id, role: 'CO_WORKER', addedAt: now },
      update: { role: 'CO_WORKER', removedAt: null },
    });
    const colleague = await loginAs(t.app, 'ppr@demo.inddrag.dk');
    const shown = (await journal(colleague)).items.find((n) => n.id === created.id);
    expect(shown?.canEdit).toBe(false);
    const response = await colleague.inject({
      method: 'PATCH',
      url: `/api/cases/${caseId}/notes/${created.id}`,
      payload: { body: 'Min udgave', version: created.version },
    });
    expect(response.statusCode).toBe(422);
    expect(Problem.parse(response.json()).detail).toContain('Skriv en tilføjelse i stedet');
    const supplement = await write(colleague, { ...note, title: 'PPR tilføjer', supplementsId: created.id });
    expect(supplement.statusCode).toBe(201);
  });

  it('refuses a future date and answers 404 for a note of another case', async () => {
    const created = CaseNoteEntry.parse((await write(caseworker, note)).json());
    const future = await caseworker.inject({
      method: 'PATCH',
      url: `/api/cases/${caseId}/notes/${created.id}`,
      payload: { occurredOn: '2030-01-01', version: 1 },
    });
    expect(future.statusCode).toBe(400);
    expect(fieldPaths(future.body)).toEqual(['body.occurredOn']);
    const missing = await caseworker.inject({
      method: 'PATCH',
      url: `/api/cases/${caseId}/notes/${crypto.randomUUID()}`,
      payload: { title: 'x', version: 1 },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('has no DELETE', async () => {
    const created = CaseNoteEntry.parse((await write(caseworker, note)).json());
    expect(
      (await caseworker.inject({ method: 'DELETE', url: `/api/cases/${caseId}/notes/${created.id}` })).statusCode,
    ).toBe(404);
    expect(await t.prisma.caseNote.count({ where: { id: created.id } })).toBe(1);
  });
});

describe('access', () => {
  it('answers 404 to an UngeCentret worker who is not on the team', async () => {
    const outsider = await loginAs(t.app, 'ungecenter@demo.inddrag.dk');
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: 'ungecenter@demo.inddrag.dk' } });
    expect(await t.prisma.caseTeamMember.count({ where: { caseId, userId: user.id, removedAt: null } })).toBe(0);
    expect((await outsider.inject({ method: 'GET', url: `/api/cases/${caseId}/notes` })).statusCode).toBe(404);
    expect((await write(outsider, note)).statusCode).toBe(404);
  });

  it('lets a READ_ONLY team member read the journal but not write in it', async () => {
    const executor = await t.prisma.user.findUniqueOrThrow({ where: { email: 'familiecenter@demo.inddrag.dk' } });
    await t.prisma.caseTeamMember.upsert({
      where: { caseId_userId: { caseId, userId: executor.id } },
      create: { caseId, userId: executor.id, role: 'READ_ONLY', addedAt: now },
      update: { role: 'READ_ONLY', removedAt: null },
    });
    const reader = await loginAs(t.app, 'familiecenter@demo.inddrag.dk');
    const list = await journal(reader);
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((n) => !n.canEdit)).toBe(true);
    expect((await write(reader, note)).statusCode).toBe(404);
  });
});
