import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvitationLetter, MeetingDetail, type PlanMeetingRequest } from '@inddrag/contracts';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { loginAs, type TestSession } from '../../testing/session';
import { demoIds, type DemoIds } from '../../testing/demo-case';
import { invitationDocument, invitationFileName, whenText } from './invitation-document';
import { whatText } from './invitation-letter';
import { NOW, networkMeetingPlan, newMeetingCase, type MeetingCase } from './meeting-fixtures';

let t: TestApp;
let ids: DemoIds;
let raadgiver: TestSession;
let camilla: TestSession;

beforeAll(async () => {
  t = await createTestApp({ clock: () => NOW, seed: true });
  raadgiver = await loginAs(t.app, 'raadgiver@demo.inddrag.dk');
  camilla = await loginAs(t.app, 'ungecenter@demo.inddrag.dk');
  ids = await demoIds(t.prisma);
});
afterAll(async () => t?.close());

/** A planned meeting with the child, the mother, Grethe (mormor) and Ole (træner) invited. */
async function invitedMeeting(c: MeetingCase, extra: Partial<PlanMeetingRequest> = {}) {
  const planned = MeetingDetail.parse(
    (
      await raadgiver.inject({
        method: 'POST',
        url: `/api/cases/${c.caseId}/meetings`,
        payload: networkMeetingPlan(c, ids, extra),
      })
    ).json(),
  );
  const response = await raadgiver.inject({
    method: 'POST',
    url: `/api/meetings/${planned.id}/participants`,
    payload: {
      participants: [
        { kind: 'CHILD' },
        { kind: 'CUSTODY_HOLDER', caseParentId: c.motherId },
        { kind: 'NETWORK_PERSON', networkPersonId: c.mormor },
        { kind: 'NETWORK_PERSON', networkPersonId: c.traener },
      ],
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return MeetingDetail.parse(response.json());
}

const letterUrl = (meeting: MeetingDetail, participantId: string, pdf = false) =>
  `/api/meetings/${meeting.id}/participants/${participantId}/invitation${pdf ? '.pdf' : ''}`;

describe('the invitation letter', () => {
  it('says what, why, when, where and who else is coming, addressed to the person, and audits the read', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const meeting = await invitedMeeting(c);
    const grethe = meeting.participants.find((p) => p.networkPersonId === c.mormor)!;
    const response = await raadgiver.inject({ method: 'GET', url: letterUrl(meeting, grethe.id) });
    expect(response.statusCode, response.body).toBe(200);
    const letter = InvitationLetter.parse(response.json());
    expect(letter).toMatchObject({
      recipientName: 'Grethe Hansen',
      greeting: 'Kære Grethe',
      meetingType: 'NETWORK_MEETING',
      childFirstName: 'Emma',
      why: 'At lave en plan for, hvordan Emma kommer i skole hver dag',
      startsAt: '2026-12-03T14:00:00.000Z',
      place: 'Medborgerhuset, lokale 2',
      agenda: ['Velkomst', 'Runde', 'Hvad skal der til'],
      inviterName: 'Sofie Lund',
      leaderName: 'Birgitte Storm',
    });
    expect(letter.what).toMatch(/^Du er inviteret til et netværksmøde om Emma\./);
    expect(letter.others.map((o) => o.relation)).toEqual([
      'Barnet/den unge',
      'Forældremyndighedsindehaver',
      'fodboldtræner',
    ]);
    expect(letter.others.map((o) => o.name)).not.toContain('Grethe Hansen');
    expect(letter.municipalityName).toBeTruthy();
    expect(letter.closing).toBe(
      'Giv Sofie Lund besked, om du kommer. Spørg gerne Sofie Lund, hvis der er noget, du er i tvivl om.',
    );
    const audit = await t.prisma.auditEvent.count({
      where: { action: 'READ', entityType: 'InvitationLetter', entityId: grethe.id },
    });
    expect(audit).toBe(1);
  });

  it("never contains a CPR number or anyone's address or phone number", async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const meeting = await invitedMeeting(c);
    const kase = await t.prisma.case.findUniqueOrThrow({ where: { id: c.caseId }, select: { childCpr: true } });
    for (const participant of meeting.participants) {
      const body = (await raadgiver.inject({ method: 'GET', url: letterUrl(meeting, participant.id) })).body;
      const digits = body.replace(/\D/g, ' ');
      for (const secret of [kase.childCpr, kase.childCpr.slice(0, 6), '0101851234', '010185', '12345678'])
        expect(digits).not.toContain(secret);
      // A CPR number standing alone (not digits inside an id).
      expect(body).not.toMatch(/(?<![\dA-Za-z])\d{6}-?\d{4}(?![\dA-Za-z])/);
      expect(body).not.toContain('Hjemvej');
      const document = JSON.stringify(invitationDocument(InvitationLetter.parse(JSON.parse(body))));
      expect(document).not.toContain(kase.childCpr);
      expect(document).not.toContain('0101851234');
    }
  });

  it('speaks to the child as "dig", and words a council as a summons', async () => {
    expect(whatText('NETWORK_MEETING', 'CHILD', 'Emma')).toMatch(/om dig\./);
    expect(whatText('NETWORK_COUNCIL', 'CUSTODY_HOLDER', 'Emil')).toMatch(
      /^Du er indkaldt til et netværkssamråd om Emil\..*politiet/,
    );
    expect(whatText('FAMILY_GROUP_CONFERENCE', 'NETWORK_PERSON', 'Emil')).toMatch(/uden fagfolk/);
    expect(whatText('FOLLOW_UP_MEETING', 'NETWORK_PERSON', 'Emil')).toMatch(/aftaler, vi lavede sidst/);
  });

  it('answers 404 for a participant of another meeting and for a user outside the case', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const meeting = await invitedMeeting(c);
    const other = await invitedMeeting(c);
    expect(
      (await raadgiver.inject({ method: 'GET', url: letterUrl(meeting, other.participants[0]!.id) })).statusCode,
    ).toBe(404);
    expect(
      (await camilla.inject({ method: 'GET', url: letterUrl(meeting, meeting.participants[0]!.id) })).statusCode,
    ).toBe(404);
  });
});

describe('the invitation as a printable document (PDF)', () => {
  const letter: InvitationLetter = {
    meetingId: '00000000-0000-4000-8000-000000000001',
    participantId: '00000000-0000-4000-8000-000000000002',
    recipientName: 'Grethe Hansen',
    greeting: 'Kære Grethe',
    meetingType: 'NETWORK_MEETING',
    childFirstName: 'Emma',
    what: whatText('NETWORK_MEETING', 'NETWORK_PERSON', 'Emma'),
    why: 'At lave en plan for skolen',
    startsAt: '2026-12-03T14:00:00.000Z',
    endsAt: '2026-12-03T17:00:00.000Z',
    place: 'Medborgerhuset',
    agenda: ['Velkomst', 'Runde'],
    others: [{ name: 'Maria Mor', relation: 'Forældremyndighedsindehaver' }],
    inviterName: 'Sofie Lund',
    leaderName: 'Birgitte Storm',
    municipalityName: 'Demo Kommune',
    unitName: 'Myndighed',
    closing: 'Giv Sofie Lund besked, om du kommer.',
  };

  it('maps the letter to headings, facts and lists in the order of the printable page', () => {
    const document = invitationDocument(letter);
    expect(document).toMatchObject({
      title: 'Invitation til inddragende netværksmøde',
      sender: 'Demo Kommune · Myndighed',
      language: 'da-DK',
    });
    expect(document.blocks[0]).toEqual({ kind: 'paragraph', text: 'Kære Grethe' });
    expect(document.blocks).toContainEqual({
      kind: 'facts',
      rows: [
        { label: 'Hvornår', value: 'torsdag den 3. december 2026 kl. 15.00–18.00' },
        { label: 'Hvor', value: 'Medborgerhuset' },
        { label: 'Hvem inviterer', value: 'Sofie Lund' },
        { label: 'Hvem leder mødet', value: 'Birgitte Storm' },
      ],
    });
    expect(document.blocks).toContainEqual({ kind: 'list', items: ['Maria Mor (Forældremyndighedsindehaver)'] });
    expect(document.blocks).toContainEqual({ kind: 'list', items: ['Velkomst', 'Runde'] });
    expect(invitationFileName(letter)).toBe('Invitation Grethe Hansen 2026-12-03.pdf');
  });

  it('writes times in Copenhagen time, summer and winter', () => {
    expect(whenText('2026-06-10T08:30:00.000Z', null)).toBe('onsdag den 10. juni 2026 kl. 10.30');
    expect(whenText('2026-01-05T08:30:00.000Z', null)).toBe('mandag den 5. januar 2026 kl. 09.30');
  });

  it('downloads the letter as a PDF', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const meeting = await invitedMeeting(c);
    const grethe = meeting.participants.find((p) => p.networkPersonId === c.mormor)!;
    const response = await raadgiver.inject({ method: 'GET', url: letterUrl(meeting, grethe.id, true) });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="Invitation Grethe Hansen 2026-12-03.pdf"/,
    );
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'READ', entityType: 'InvitationLetter', entityId: grethe.id },
    });
    expect(audit.details).toMatchObject({ format: 'pdf' });
  });
});
