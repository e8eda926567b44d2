import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIDELITY_ITEMS, MeetingDetail, Problem } from '@inddrag/contracts';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { loginAs, type TestSession } from '../../testing/session';
import { demoIds, type DemoIds } from '../../testing/demo-case';
import { NOW, newMeetingCase } from './meeting-fixtures';
import { startedMeeting } from './run-fixtures';

let t: TestApp;
let ids: DemoIds;
let facilitator: TestSession;

beforeAll(async () => {
  t = await createTestApp({ clock: () => NOW, seed: true });
  facilitator = await loginAs(t.app, 'facilitator@demo.inddrag.dk');
  ids = await demoIds(t.prisma);
});
afterAll(async () => t?.close());

const fidelity = (meetingId: string, payload: Record<string, unknown>) =>
  facilitator.inject({ method: 'PUT', url: `/api/meetings/${meetingId}/fidelity`, payload });

describe('method fidelity', () => {
  it('is recorded only after the meeting, with the items of its type, stored with the meeting and on the timeline', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const meeting = await startedMeeting(t.prisma, facilitator, c, ids);
    const items = FIDELITY_ITEMS.NETWORK_MEETING.map((item, index) => ({ item, done: index < 5, note: null }));

    const early = await fidelity(meeting.id, { version: meeting.version, items });
    expect(early.statusCode).toBe(422);

    const held = MeetingDetail.parse(
      (await facilitator.inject({ method: 'POST', url: `/api/meetings/${meeting.id}/finish`, payload: { version: meeting.version } })).json(),
    );
    const foreign = await fidelity(held.id, {
      version: held.version,
      items: [{ item: 'PRIVATE_FAMILY_TIME_HELD', done: true }, { item: 'NEUTRAL_FACILITATOR', done: true }, { item: 'NEUTRAL_FACILITATOR', done: false }],
    });
    expect(foreign.statusCode).toBe(400);
    expect(Problem.parse(foreign.json()).errors?.map((e) => e.path)).toEqual(['body.items.0.item', 'body.items.2.item']);

    const saved = await fidelity(held.id, { version: held.version, items, note: 'Skolen kom ikke' });
    expect(saved.statusCode, saved.body).toBe(200);
    const detail = MeetingDetail.parse(saved.json());
    expect(detail.fidelity.items.filter((i) => i.done).map((i) => i.item)).toEqual(FIDELITY_ITEMS.NETWORK_MEETING.slice(0, 5));
    expect(detail.fidelity).toMatchObject({ note: 'Skolen kom ikke', recordedAt: NOW.toISOString(), recordedBy: { id: c.facilitatorId } });
    const event = await t.prisma.caseEvent.findFirstOrThrow({ where: { caseId: c.caseId, kind: 'meeting.fidelityRecorded' } });
    expect(event.data).toEqual({ type: 'NETWORK_MEETING', met: 5, total: 7 });
    expect(await t.prisma.auditEvent.count({ where: { entityType: 'MeetingFidelity', entityId: held.id, action: 'UPDATE' } })).toBe(1);

    // A second answer replaces the first; a stale one gets 409.
    const again = await fidelity(held.id, { version: detail.version, items: [{ item: 'SCALING_DONE', done: true }] });
    expect(MeetingDetail.parse(again.json()).fidelity.items.filter((i) => i.done).map((i) => i.item)).toEqual(['SCALING_DONE']);
    expect((await fidelity(held.id, { version: detail.version, items })).statusCode).toBe(409);
  });
});
