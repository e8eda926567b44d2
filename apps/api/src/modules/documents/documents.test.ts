import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDocument, CaseDocumentList, CaseNoteEntry, DOCUMENT_MAX_BYTES, Problem } from '@inddrag/contracts';
import { loginAs, type TestSession } from '../../testing/session';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let now = new Date('2026-11-24T09:00:00Z');
let caseworker: TestSession;
let caseId: string;
let otherCaseId: string;

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A 1×1 PNG header: the signature and an IHDR chunk. */
function png(): Buffer {
  const ihdrData = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const type = Buffer.from('IHDR', 'ascii');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(ihdrData.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, ihdrData])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), length, type, ihdrData, crc]);
}

/** A Windows executable's first bytes (the "MZ" DOS header). */
const EXE = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(62, 0x90),
  Buffer.from('This program cannot be run in DOS mode.'),
]);

function upload(session: TestSession, body: Buffer | undefined, query: Record<string, string>, onCase = caseId) {
  now = new Date(now.getTime() + 1000); // one upload a second: the list's order is the upload order
  const qs = new URLSearchParams(query).toString();
  return session.inject({
    method: 'POST',
    url: `/api/cases/${onCase}/documents?${qs}`,
    headers: { 'content-type': 'application/octet-stream' },
    ...(body ? { payload: body } : {}),
  });
}

function fieldErrors(body: string) {
  return Problem.parse(JSON.parse(body)).errors ?? [];
}

beforeAll(async () => {
  t = await createTestApp({ clock: () => now, seed: true });
  caseworker = await loginAs(t.app, 'raadgiver@demo.inddrag.dk');
  const me = await t.prisma.user.findUniqueOrThrow({ where: { email: 'raadgiver@demo.inddrag.dk' } });
  const unge = await t.prisma.user.findUniqueOrThrow({ where: { email: 'ungecenter@demo.inddrag.dk' } });
  // Her own cases that UngeCentret has nothing to do with (not on the team, not referred there).
  const mine = await t.prisma.case.findMany({
    where: {
      team: { some: { userId: me.id, role: 'RESPONSIBLE', removedAt: null }, none: { userId: unge.id } },
      referrals: { none: {} },
    },
    orderBy: { caseNumber: 'asc' },
    take: 2,
  });
  caseId = mine[0]!.id;
  otherCaseId = mine[1]!.id;
});
afterAll(async () => t?.close());

describe('POST /api/cases/:caseId/documents', () => {
  it('stores a PDF with the type detected from its bytes, its size and SHA-256; logged and on the timeline', async () => {
    const response = await upload(caseworker, PDF, {
      title: 'Udtalelse fra skolen',
      fileName: 'Skoleudtalelse æøå.pdf',
    });
    expect(response.statusCode, response.body).toBe(201);
    const document = CaseDocument.parse(response.json());
    expect(document).toMatchObject({
      title: 'Udtalelse fra skolen',
      fileName: 'Skoleudtalelse æøå.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
      note: null,
      uploadedBy: { name: 'Sofie Lund' },
      uploadedAt: now.toISOString(),
    });
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'CREATE', entityType: 'CaseDocument', entityId: document.id },
    });
    expect(audit.caseId).toBe(caseId);
    const event = await t.prisma.caseEvent.findFirstOrThrow({
      where: { kind: 'document.uploaded', entityId: document.id },
    });
    expect(event.data).toEqual({ title: 'Udtalelse fra skolen', fileName: 'Skoleudtalelse æøå.pdf' });
  });

  it('accepts a PNG whatever its name says, and attaches it to a note of the case', async () => {
    const note = CaseNoteEntry.parse(
      (
        await caseworker.inject({
          method: 'POST',
          url: `/api/cases/${caseId}/notes`,
          payload: { kind: 'HOME_VISIT', occurredOn: '2026-11-24', title: 'Hjemmebesøg', body: 'Billede af værelset.' },
        })
      ).json(),
    );
    const response = await upload(caseworker, png(), { title: 'Foto', fileName: 'foto.jpg', noteId: note.id });
    expect(response.statusCode, response.body).toBe(201);
    expect(CaseDocument.parse(response.json())).toMatchObject({
      contentType: 'image/png',
      note: { id: note.id, title: 'Hjemmebesøg' },
    });

    const elsewhere = await t.prisma.caseNote.create({
      data: {
        caseId: otherCaseId,
        kind: 'NOTE',
        occurredOn: new Date('2026-11-20T00:00:00Z'),
        title: 'Andet barn',
        body: 'x',
        authorId: note.author.id,
      },
    });
    const wrongNote = await upload(caseworker, png(), { title: 'Foto', fileName: 'foto.png', noteId: elsewhere.id });
    expect(wrongNote.statusCode).toBe(400);
    expect(fieldErrors(wrongNote.body).map((e) => e.path)).toEqual(['querystring.noteId']);
  });

  it('refuses an executable or a text file dressed up as a PDF, with the Danish reason', async () => {
    for (const body of [EXE, Buffer.from('Dette er bare tekst, ikke en PDF.')]) {
      const response = await upload(caseworker, body, { title: 'Forklædt', fileName: 'rapport.pdf' });
      expect(response.statusCode).toBe(400);
      expect(fieldErrors(response.body)).toEqual([
        {
          path: 'body',
          message: 'Filtypen er ikke tilladt. Vedhæft PDF eller billeder (PNG, JPEG, GIF, WEBP, TIFF, HEIC).',
        },
      ]);
    }
    expect(await t.prisma.caseDocument.count({ where: { caseId, title: 'Forklædt' } })).toBe(0);
  });

  it('refuses an empty body and an invalid title or file name, naming the field', async () => {
    const empty = await upload(caseworker, undefined, { title: 'Tom', fileName: 'tom.pdf' });
    expect(empty.statusCode).toBe(400);
    expect(fieldErrors(empty.body).map((e) => e.path)).toEqual(['body']);

    const invalid = await upload(caseworker, PDF, { title: '', fileName: '../../etc/passwd' });
    expect(invalid.statusCode).toBe(400);
    expect(
      fieldErrors(invalid.body)
        .map((e) => e.path)
        .sort(),
    ).toEqual(['querystring.fileName', 'querystring.title']);
    const backslash = await upload(caseworker, PDF, { title: 'x'.repeat(201), fileName: 'C:\\temp\\a.pdf' });
    expect(
      fieldErrors(backslash.body)
        .map((e) => e.path)
        .sort(),
    ).toEqual(['querystring.fileName', 'querystring.title']);
  });

  it('takes a file of exactly 20 MB and answers 413 problem+json in Danish for one byte more', async () => {
    const exact = Buffer.alloc(DOCUMENT_MAX_BYTES, 0x20);
    PDF.copy(exact);
    const ok = await upload(caseworker, exact, { title: 'Stor', fileName: 'stor.pdf' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(CaseDocument.parse(ok.json()).sizeBytes).toBe(DOCUMENT_MAX_BYTES);

    const tooLarge = Buffer.alloc(DOCUMENT_MAX_BYTES + 1, 0x20);
    PDF.copy(tooLarge);
    const response = await upload(caseworker, tooLarge, { title: 'For stor', fileName: 'for-stor.pdf' });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = Problem.parse(response.json());
    expect(problem.detail).toBe('Indholdet er for stort. Det må højst fylde 20 MB.');
    expect(problem.errors?.[0]?.path).toBe('body');
  });

  it('keeps the 1 MB limit on every other route', async () => {
    const response = await caseworker.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/notes`,
      payload: { kind: 'NOTE', occurredOn: '2026-11-24', title: 'Langt', body: 'x'.repeat(1_100_000) },
    });
    expect(response.statusCode).toBe(413);
    expect(Problem.parse(response.json()).detail).toBe('Indholdet er for stort. Det må højst fylde 1 MB.');
  });
});

describe('GET /api/cases/:caseId/documents and the download', () => {
  it('lists metadata newest first and logs the read', async () => {
    const before = await t.prisma.auditEvent.count({ where: { action: 'READ', entityType: 'CaseDocument', caseId } });
    const response = await caseworker.inject({ method: 'GET', url: `/api/cases/${caseId}/documents` });
    expect(response.statusCode).toBe(200);
    const list = CaseDocumentList.parse(response.json());
    expect(list.items.map((d) => d.title)).toEqual(['Stor', 'Foto', 'Udtalelse fra skolen']);
    expect(response.body).not.toContain('%PDF');
    expect(await t.prisma.auditEvent.count({ where: { action: 'READ', entityType: 'CaseDocument', caseId } })).toBe(
      before + 1,
    );

    const page = CaseDocumentList.parse(
      (await caseworker.inject({ method: 'GET', url: `/api/cases/${caseId}/documents?limit=2` })).json(),
    );
    expect(page.items).toHaveLength(2);
    const rest = CaseDocumentList.parse(
      (
        await caseworker.inject({
          method: 'GET',
          url: `/api/cases/${caseId}/documents?limit=2&cursor=${page.nextCursor}`,
        })
      ).json(),
    );
    expect(rest.items.map((d) => d.title)).toEqual(['Udtalelse fra skolen']);
    expect(rest.nextCursor).toBeNull();
  });

  it('returns the identical bytes with safe headers, logged as an extraction', async () => {
    const list = CaseDocumentList.parse(
      (await caseworker.inject({ method: 'GET', url: `/api/cases/${caseId}/documents` })).json(),
    );
    const pdf = list.items.find((d) => d.title === 'Udtalelse fra skolen')!;
    const response = await caseworker.inject({
      method: 'GET',
      url: `/api/cases/${caseId}/documents/${pdf.id}/content`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(PDF)).toBe(true);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Skoleudtalelse __a.pdf"; filename*=UTF-8''Skoleudtalelse%20%C3%A6%C3%B8%C3%A5.pdf`,
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');

    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'EXPORT', entityType: 'CaseDocument', entityId: pdf.id },
    });
    expect(audit.caseId).toBe(caseId);

    expect(
      (await caseworker.inject({ method: 'GET', url: `/api/cases/${otherCaseId}/documents/${pdf.id}/content` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await caseworker.inject({ method: 'HEAD', url: `/api/cases/${caseId}/documents/${pdf.id}/content` })).statusCode,
    ).toBe(404);
  });
});

describe('access', () => {
  it('answers 404 to an UngeCentret worker who is not on the team', async () => {
    const outsider = await loginAs(t.app, 'ungecenter@demo.inddrag.dk');
    const document = await t.prisma.caseDocument.findFirstOrThrow({ where: { caseId }, select: { id: true } });
    expect((await outsider.inject({ method: 'GET', url: `/api/cases/${caseId}/documents` })).statusCode).toBe(404);
    expect(
      (await outsider.inject({ method: 'GET', url: `/api/cases/${caseId}/documents/${document.id}/content` }))
        .statusCode,
    ).toBe(404);
    expect((await upload(outsider, PDF, { title: 'x', fileName: 'x.pdf' })).statusCode).toBe(404);
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: 'ungecenter@demo.inddrag.dk' } });
    expect(
      await t.prisma.auditEvent.count({ where: { action: 'EXPORT', entityId: document.id, userId: user.id } }),
    ).toBe(0);
  });

  it('lets a READ_ONLY team member list and download, but not upload', async () => {
    const executor = await t.prisma.user.findUniqueOrThrow({ where: { email: 'familiecenter@demo.inddrag.dk' } });
    await t.prisma.caseTeamMember.upsert({
      where: { caseId_userId: { caseId, userId: executor.id } },
      create: { caseId, userId: executor.id, role: 'READ_ONLY', addedAt: now },
      update: { role: 'READ_ONLY', removedAt: null },
    });
    const reader = await loginAs(t.app, 'familiecenter@demo.inddrag.dk');
    const list = CaseDocumentList.parse(
      (await reader.inject({ method: 'GET', url: `/api/cases/${caseId}/documents` })).json(),
    );
    expect(list.items.length).toBeGreaterThan(0);
    expect(
      (await reader.inject({ method: 'GET', url: `/api/cases/${caseId}/documents/${list.items[0]!.id}/content` }))
        .statusCode,
    ).toBe(200);
    expect((await upload(reader, PDF, { title: 'x', fileName: 'x.pdf' })).statusCode).toBe(404);
  });
});
