// Participants and invitations (issue 7 point 2): the map's consent and risk rules, versioned participant writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingDetail, Problem, type PlanMeetingRequest } from '@inddrag/contracts';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { loginAs, type TestSession } from '../../testing/session';
import { demoIds, type DemoIds } from '../../testing/demo-case';
import { NOW, networkMeetingPlan, newMeetingCase, type MeetingCase } from './meeting-fixtures';

let t: TestApp;
let ids: DemoIds;
let raadgiver: TestSession;
let facilitator: TestSession;

beforeAll(async () => {
  t = await createTestApp({ clock: () => NOW, seed: true });
  const login = (name: string) => loginAs(t.app, `${name}@demo.inddrag.dk`);
  raadgiver = await login('raadgiver');
  facilitator = await login('facilitator');
  ids = await demoIds(t.prisma);
});
afterAll(async () => t?.close());

async function plan(c: MeetingCase, extra: Partial<PlanMeetingRequest> = {}, as = raadgiver): Promise<MeetingDetail> {
  const response = await as.inject({
    method: 'POST',
    url: `/api/cases/${c.caseId}/meetings`,
    payload: networkMeetingPlan(c, ids, extra),
  });
  expect(response.statusCode, response.body).toBe(201);
  return MeetingDetail.parse(response.json());
}

const url = (meetingId: string, rest = '') => `/api/meetings/${meetingId}${rest}`;

async function auditCount(where: {
  entityType: string;
  entityId: string;
  action: 'READ' | 'UPDATE' | 'CREATE' | 'DELETE';
}) {
  return t.prisma.auditEvent.count({ where });
}

describe('participants and invitations', () => {
  it('invites from the map, the child and the mother; bumps the meeting version; audits', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const meeting = await plan(c);
    const response = await facilitator.inject({
      method: 'POST',
      url: url(meeting.id, '/participants'),
      payload: {
        participants: [
          { kind: 'CHILD' },
          { kind: 'CUSTODY_HOLDER', caseParentId: c.motherId },
          { kind: 'NETWORK_PERSON', networkPersonId: c.mormor },
          { kind: 'NETWORK_PERSON', networkPersonId: c.nabo },
          { kind: 'PROFESSIONAL', userId: ids.ali },
        ],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const detail = MeetingDetail.parse(response.json());
    expect(detail.participants.map((p) => p.kind)).toEqual([
      'CHILD',
      'CUSTODY_HOLDER',
      'NETWORK_PERSON',
      'NETWORK_PERSON',
      'PROFESSIONAL',
    ]);
    expect(detail.version).toBe(meeting.version + 1);
    expect(detail.candidates.find((cand) => cand.name === 'Grethe Hansen')?.alreadyInvited).toBe(true);
    expect(await auditCount({ entityType: 'MeetingParticipant', entityId: meeting.id, action: 'CREATE' })).toBe(1);
  });

  it.each([
    ['do-not-contact', 'far', /Polititilhold|kontakt/i],
    ['no consent', 'moster', /samtykke/i],
    ['withdrawn consent', 'faster', /samtykke/i],
  ] as const)(
    'refuses a person with %s (422 naming why) and invites nobody of that request',
    async (_label, key, reason) => {
      const c = await newMeetingCase(t.prisma, ids);
      const meeting = await plan(c);
      const response = await raadgiver.inject({
        method: 'POST',
        url: url(meeting.id, '/participants'),
        payload: {
          participants: [
            { kind: 'NETWORK_PERSON', networkPersonId: c.mormor },
            { kind: 'NETWORK_PERSON', networkPersonId: c[key] },
          ],
        },
      });
      expect(response.statusCode).toBe(422);
      const problem = Problem.parse(response.json());
      expect(problem.detail).toMatch(reason);
      expect(problem.detail).toMatch(/kan ikke inviteres/);
      expect(await t.prisma.meetingParticipant.count({ where: { meetingId: meeting.id } })).toBe(0);
      const candidate = meeting.candidates.find(
        (cand) => cand.ref.kind === 'NETWORK_PERSON' && cand.ref.networkPersonId === c[key],
      );
      expect(candidate?.contact.allowed).toBe(false);
    },
  );

  it('holds back custody holders and the network while an honour-related conflict is unassessed', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const meeting = await plan(c);
    await t.prisma.case.update({
      where: { id: c.caseId },
      data: { honourConflictSuspected: true, honourRiskAssessedOn: null },
    });
    for (const ref of [
      { kind: 'CUSTODY_HOLDER', caseParentId: c.motherId },
      { kind: 'NETWORK_PERSON', networkPersonId: c.mormor },
    ]) {
      const response = await raadgiver.inject({
        method: 'POST',
        url: url(meeting.id, '/participants'),
        payload: { participants: [ref] },
      });
      expect(response.statusCode, JSON.stringify(ref)).toBe(422);
    }
    const child = await raadgiver.inject({
      method: 'POST',
      url: url(meeting.id, '/participants'),
      payload: { participants: [{ kind: 'CHILD' }] },
    });
    expect(child.statusCode).toBe(201);
    const candidates = MeetingDetail.parse(child.json()).candidates;
    expect(candidates.find((cand) => cand.ref.kind === 'CUSTODY_HOLDER')?.contact.allowed).toBe(false);
  });

  it('records the invitation, the reply and expectations on the participant, versioned on the participant', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const meeting = await plan(c);
    const added = MeetingDetail.parse(
      (
        await raadgiver.inject({
          method: 'POST',
          url: url(meeting.id, '/participants'),
          payload: { participants: [{ kind: 'NETWORK_PERSON', networkPersonId: c.mormor }] },
        })
      ).json(),
    );
    const grethe = added.participants[0]!;
    const patch = (payload: Record<string, unknown>) =>
      facilitator.inject({ method: 'PATCH', url: url(meeting.id, `/participants/${grethe.id}`), payload });
    const invited = await patch({ version: grethe.version, invitedAt: '2026-11-23T10:00:00.000Z', channel: 'LETTER' });
    expect(invited.statusCode, invited.body).toBe(200);
    const afterInvite = MeetingDetail.parse(invited.json()).participants[0]!;
    expect(afterInvite).toMatchObject({
      invitedAt: '2026-11-23T10:00:00.000Z',
      channel: 'LETTER',
      invitedBy: { id: c.facilitatorId },
      version: grethe.version + 1,
    });

    const replied = await patch({
      version: afterInvite.version,
      reply: 'COMING',
      expectationsAlignedOn: '2026-11-24',
      expectationsNote: 'Vil gerne hente Emma',
    });
    const afterReply = MeetingDetail.parse(replied.json()).participants[0]!;
    expect(afterReply).toMatchObject({
      reply: 'COMING',
      repliedAt: NOW.toISOString(),
      expectationsAlignedOn: '2026-11-24',
    });

    const stale = await patch({ version: grethe.version, reply: 'NOT_COMING' });
    expect(stale.statusCode).toBe(409);
    expect(MeetingDetail.parse((stale.json() as { current: unknown }).current).participants[0]?.reply).toBe('COMING');

    const bad = await patch({ version: afterReply.version, invitedAt: '2026-11-30T10:00:00.000Z', channel: null });
    expect(bad.statusCode).toBe(400);
    expect(Problem.parse(bad.json()).errors?.map((e) => e.path)).toEqual(['body.invitedAt', 'body.channel']);
    const badEnum = await patch({ version: afterReply.version, reply: 'MAYBE' });
    expect(badEnum.statusCode).toBe(400);
    expect(Problem.parse(badEnum.json()).errors?.[0]?.path).toBe('body.reply');
    expect(await auditCount({ entityType: 'MeetingParticipant', entityId: grethe.id, action: 'UPDATE' })).toBe(2);
  });

  it("removes a participant by the participant's version; a council's mandatory invitee stays", async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const council = await plan(c, {
      type: 'NETWORK_COUNCIL',
      policeDocumentationOn: '2026-11-20',
      startsAt: '2026-11-26T13:00:00.000Z',
      endsAt: null,
    });
    const child = council.participants.find((p) => p.kind === 'CHILD')!;
    const refused = await raadgiver.inject({
      method: 'DELETE',
      url: url(council.id, `/participants/${child.id}?version=${child.version}`),
    });
    expect(refused.statusCode).toBe(422);

    const added = MeetingDetail.parse(
      (
        await raadgiver.inject({
          method: 'POST',
          url: url(council.id, '/participants'),
          payload: { participants: [{ kind: 'NETWORK_PERSON', networkPersonId: c.traener }] },
        })
      ).json(),
    );
    const trainer = added.participants.find((p) => p.networkPersonId === c.traener)!;
    const stale = await raadgiver.inject({
      method: 'DELETE',
      url: url(council.id, `/participants/${trainer.id}?version=${trainer.version + 1}`),
    });
    expect(stale.statusCode).toBe(409);
    const removed = await raadgiver.inject({
      method: 'DELETE',
      url: url(council.id, `/participants/${trainer.id}?version=${trainer.version}`),
    });
    expect(removed.statusCode).toBe(200);
    expect(MeetingDetail.parse(removed.json()).participants.map((p) => p.kind)).toEqual(['CHILD', 'CUSTODY_HOLDER']);
    expect(await auditCount({ entityType: 'MeetingParticipant', entityId: trainer.id, action: 'DELETE' })).toBe(1);
  });
});
