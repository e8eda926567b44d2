import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingDetail, MeetingMinutes, Problem } from '@inddrag/contracts';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { loginAs, type TestSession } from '../../testing/session';
import { demoIds, type DemoIds } from '../../testing/demo-case';
import { NOW, networkMeetingPlan, newMeetingCase } from './meeting-fixtures';
import { minutesDocument } from './minutes-document';
import { decision, startedMeeting } from './run-fixtures';

let t: TestApp;
let ids: DemoIds;
let facilitator: TestSession;

beforeAll(async () => {
  t = await createTestApp({ clock: () => NOW, seed: true });
  facilitator = await loginAs(t.app, 'facilitator@demo.inddrag.dk');
  ids = await demoIds(t.prisma);
});
afterAll(async () => t?.close());

const url = (meetingId: string, rest = '') => `/api/meetings/${meetingId}${rest}`;

/** A held meeting with notes in every place, professional notes, a decision, a score, mormor present, the nabo absent. */
async function heldMeeting() {
  const c = await newMeetingCase(t.prisma, ids);
  let meeting = await startedMeeting(t.prisma, facilitator, c, ids);
  const mormor = meeting.participants.find((p) => p.networkPersonId === c.mormor)!;
  const nabo = meeting.participants.find((p) => p.networkPersonId === c.nabo)!;
  const saved = await facilitator.inject({
    method: 'PATCH',
    url: url(meeting.id, '/run'),
    payload: {
      version: meeting.version,
      phaseNotes: { ROUND: 'Emma vil gerne i skole' },
      worries: 'Emma kommer for sent',
      workingWell: 'Mormor hjælper',
      nextSteps: 'En plan for morgenerne',
      professionalNotes: 'Mistanke om misbrug hos far – ikke til netværket',
      nextMeetingAt: '2027-01-14T14:00:00.000Z',
      attendance: [
        { participantId: mormor.id, attended: true },
        { participantId: nabo.id, attended: false },
      ],
    },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  meeting = MeetingDetail.parse((await facilitator.inject({ method: 'POST', url: url(meeting.id, '/decisions'), payload: decision((saved.json() as { version: number }).version) })).json());
  await facilitator.inject({
    method: 'POST',
    url: url(meeting.id, '/scores'),
    payload: { scores: [{ scoredOn: '2026-11-24', perspective: 'NETWORK', respondent: 'Grethe Hansen', score: 6, question: 'Hvor er vi?', reason: 'Bedre morgener' }] },
  });
  const held = await facilitator.inject({ method: 'POST', url: url(meeting.id, '/finish'), payload: { version: meeting.version } });
  return { c, meeting: MeetingDetail.parse(held.json()) };
}

describe('the minutes', () => {
  it('the professional version has everything; the network version leaves out the professional notes and the case number', async () => {
    const { meeting } = await heldMeeting();
    const professional = MeetingMinutes.parse((await facilitator.inject({ method: 'GET', url: url(meeting.id, '/minutes') })).json());
    expect(professional).toMatchObject({
      audience: 'PROFESSIONAL',
      childFirstName: 'Emma',
      worries: 'Emma kommer for sent',
      phases: [{ phase: 'ROUND', notes: 'Emma vil gerne i skole' }],
      present: [{ name: 'Grethe Hansen', relation: 'mormor' }],
      absent: [{ name: 'Jens Nabo', relation: 'nabo' }],
      decisions: [{ what: 'Henter Emma i skole tirsdag og torsdag', who: 'Mormor', dueOn: '2026-12-31' }],
      scores: [{ respondent: 'Grethe Hansen', score: 6, reason: 'Bedre morgener' }],
      professionalNotes: 'Mistanke om misbrug hos far – ikke til netværket',
      nextMeetingAt: '2027-01-14T14:00:00.000Z',
    });
    expect(professional.caseNumber).not.toBeNull();

    const response = await facilitator.inject({ method: 'GET', url: url(meeting.id, '/minutes?audience=NETWORK') });
    const network = MeetingMinutes.parse(response.json());
    expect(network).toMatchObject({ audience: 'NETWORK', professionalNotes: null, caseNumber: null, worries: 'Emma kommer for sent' });
    expect(response.body).not.toContain('misbrug');
    expect(response.body).not.toContain('0101851234');
    expect(response.body).not.toContain('12345678');

    const reads = await t.prisma.auditEvent.findMany({ where: { entityType: 'MeetingMinutes', entityId: meeting.id, action: 'READ' }, orderBy: { seq: 'asc' } });
    expect(reads.map((row) => (row.details as { audience: string }).audience)).toEqual(['PROFESSIONAL', 'NETWORK']);
  });

  it('downloads as a PDF, audited with its audience', async () => {
    const { meeting } = await heldMeeting();
    const response = await facilitator.inject({ method: 'GET', url: url(meeting.id, '/minutes.pdf?audience=NETWORK') });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(String(response.headers['content-disposition'])).toContain('referat-2026-11-24-netvaerk.pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { entityType: 'MeetingMinutes', entityId: meeting.id } });
    expect(audit.details).toEqual({ audience: 'NETWORK', format: 'pdf' });
  });

  it('shared minutes go on the timeline and freeze the run document', async () => {
    const { c, meeting } = await heldMeeting();
    const shared = await facilitator.inject({ method: 'POST', url: url(meeting.id, '/minutes/share'), payload: { version: meeting.version } });
    expect(shared.statusCode, shared.body).toBe(200);
    const after = MeetingDetail.parse(shared.json());
    expect(after.minutesSharedAt).toBe(NOW.toISOString());
    expect(await t.prisma.caseEvent.count({ where: { caseId: c.caseId, kind: 'meeting.minutesShared', entityId: meeting.id } })).toBe(1);

    const edit = await facilitator.inject({ method: 'PATCH', url: url(meeting.id, '/run'), payload: { version: after.version, worries: 'Ændret' } });
    expect(edit.statusCode).toBe(422);
    expect(Problem.parse(edit.json()).detail).toContain('referatet er lagt på sagen');
    const twice = await facilitator.inject({ method: 'POST', url: url(meeting.id, '/minutes/share'), payload: { version: after.version } });
    expect(twice.statusCode).toBe(422);
  });

  it('a planned meeting has no minutes yet', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const planned = await facilitator.inject({
      method: 'POST',
      url: `/api/cases/${c.caseId}/meetings`,
      payload: networkMeetingPlan(c, ids),
    });
    const id = MeetingDetail.parse(planned.json()).id;
    expect((await facilitator.inject({ method: 'GET', url: url(id, '/minutes') })).statusCode).toBe(422);
    expect((await facilitator.inject({ method: 'GET', url: url(id, '/minutes?audience=SOMEONE') })).statusCode).toBe(400);
  });
});

describe('the minutes as a printable document', () => {
  const minutes: MeetingMinutes = {
    meetingId: '00000000-0000-4000-8000-000000000001',
    audience: 'PROFESSIONAL',
    type: 'NETWORK_MEETING',
    noteKind: 'REFERAT',
    childFirstName: 'Emma',
    caseNumber: 'MOD-2026-1',
    purpose: 'En plan for skolen',
    startsAt: '2026-12-03T14:00:00.000Z',
    heldAt: '2026-12-03T16:30:00.000Z',
    place: 'Medborgerhuset',
    leaderName: 'Frida Facilitator',
    noteTakerName: null,
    present: [{ name: 'Grethe Hansen', relation: 'mormor' }],
    absent: [],
    phases: [{ phase: 'ROUND', notes: 'Første afsnit\n\nAndet afsnit' }],
    worries: 'For sent i skole',
    workingWell: '',
    nextSteps: 'Morgenplan',
    decisions: [{ kind: 'AGREEMENT', what: 'Henter Emma', who: 'Mormor', dueOn: '2026-12-31' }],
    scores: [{ respondent: 'Grethe Hansen', score: 6, question: 'Hvor er vi?', reason: null }],
    familyPlan: null,
    questions: [],
    planApproval: null,
    nextMeetingAt: null,
    nextMeetingNote: null,
    professionalNotes: 'Fortroligt',
    municipalityName: 'Demo Kommune',
    sharedAt: null,
  };

  it('has the facts, the three columns, the notes per phase, the agreements and scores as tables, and the professional notes last', () => {
    const document = minutesDocument(minutes);
    expect(document.title).toBe('Referat: Inddragende netværksmøde');
    expect(document.blocks[0]).toEqual({
      kind: 'facts',
      rows: [
        { label: 'Barn/ung', value: 'Emma' },
        { label: 'Sagsnummer', value: 'MOD-2026-1' },
        { label: 'Formål', value: 'En plan for skolen' },
        { label: 'Tidspunkt', value: '3. december 2026 kl. 17.30' },
        { label: 'Sted', value: 'Medborgerhuset' },
        { label: 'Mødeleder', value: 'Frida Facilitator' },
        { label: 'Referent', value: '–' },
      ],
    });
    const headings = document.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toEqual([
      'Til stede',
      'Det vi er bekymrede for',
      'Det der går godt',
      'Det der skal ske',
      'Noter: Runde',
      'Næste møde',
      'Faglige noter (ikke med i netværkets udgave)',
    ]);
    expect(document.blocks).toContainEqual({ kind: 'paragraph', text: 'Andet afsnit' });
    expect(document.blocks).toContainEqual({
      kind: 'table',
      caption: 'Aftaler',
      head: ['Hvad', 'Hvem', 'Hvornår', 'Art'],
      rows: [['Henter Emma', 'Mormor', '31.12.2026', 'Aftale']],
    });
    expect(document.blocks.at(-1)).toEqual({ kind: 'paragraph', text: 'Fortroligt' });
  });

  it('the network version has no professional notes and says whom it is for', () => {
    const document = minutesDocument({ ...minutes, audience: 'NETWORK', professionalNotes: null, caseNumber: null });
    expect(JSON.stringify(document)).not.toContain('Fortroligt');
    expect(JSON.stringify(document)).not.toContain('Sagsnummer');
    expect(document.subtitle).toBe('Udgave til netværket · Demo Kommune');
  });
});
