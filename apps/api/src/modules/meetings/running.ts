import {
  MEETING_PHASES,
  type FinishMeetingRequest,
  type MeetingDetail,
  type MeetingVersionRequest,
  type RecordMeetingScoresRequest,
} from '@inddrag/contracts';
import type { z } from 'zod';
import type { RequestContext } from '../../lib/context';
import { copenhagenToday } from '../../lib/dates';
import { DomainValidationError, RuleViolationError } from '../../lib/errors';
import { appendAudit } from '../audit/service';
import { updateDeadlineDates } from '../deadlines/case-deadlines';
import { recordScaleScores } from '../scaling/record';
import { appendCaseEvent } from '../timeline/events';
import { createAgreements } from './agreements-create';
import { saveFidelity } from './fidelity-save';
import { meetingMinutes, meetingMinutesPdf } from './minutes-read';
import { addDecision, deleteDecision, updateDecision } from './run-decisions';
import { saveMeetingRun } from './run-save';
import { requireEditableRun, runStateOf } from './run-state';
import type { MeetingCore } from './service';
import { claimMeetingVersion, requireMeetingStatus, type Tx } from './shared';

type Finish = z.output<typeof FinishMeetingRequest>;
type Scores = z.output<typeof RecordMeetingScoresRequest>;

/**
 * The meeting itself (issue 7 points 3, 6, 7, 8): start, autosave, decisions, agreements, scores,
 * finish, method fidelity, minutes. Status: PLANNED → (start) IN_PROGRESS → (finish) HELD; the run
 * document may be corrected after the meeting until the minutes are put on the case.
 */
export function createMeetingRun(core: MeetingCore) {
  const { prisma } = core;

  /** One versioned step on the meeting row, with its audit record and timeline event. */
  function statusStep(ctx: RequestContext, meetingId: string, step: (tx: Tx) => Promise<void>) {
    return core.versioned(ctx, meetingId, async () => {
      await prisma.$transaction(step);
      return core.detail(ctx, meetingId);
    });
  }

  return {
    startMeeting(ctx: RequestContext, meetingId: string, input: MeetingVersionRequest): Promise<MeetingDetail> {
      return statusStep(ctx, meetingId, async (tx) => {
        const state = await runStateOf(tx, meetingId);
        requireMeetingStatus(state.status, ['PLANNED'], 'Mødet kan ikke startes');
        const currentPhase = MEETING_PHASES[state.type][0]!;
        await claimMeetingVersion(tx, ctx, meetingId, input.version, { status: 'IN_PROGRESS', startedAt: ctx.now, currentPhase });
        const changes = [
          { field: 'status', from: 'PLANNED', to: 'IN_PROGRESS' },
          { field: 'currentPhase', from: null, to: currentPhase },
        ];
        await appendAudit(tx, ctx, { action: 'UPDATE', entityType: 'Meeting', entityId: meetingId, caseId: state.caseId, details: { changes } });
        await appendCaseEvent(tx, ctx, { caseId: state.caseId, kind: 'meeting.started', entityType: 'Meeting', entityId: meetingId, data: { type: state.type } });
      });
    },

    saveRun: (ctx: RequestContext, meetingId: string, input: Parameters<typeof saveMeetingRun>[3]) => saveMeetingRun(core, ctx, meetingId, input),
    addDecision: (ctx: RequestContext, meetingId: string, input: Parameters<typeof addDecision>[3]) => addDecision(core, ctx, meetingId, input),
    updateDecision: (ctx: RequestContext, meetingId: string, decisionId: string, input: Parameters<typeof updateDecision>[4]) =>
      updateDecision(core, ctx, meetingId, decisionId, input),
    deleteDecision: (ctx: RequestContext, meetingId: string, decisionId: string, version: number) =>
      deleteDecision(core, ctx, meetingId, decisionId, version),
    createAgreements: (ctx: RequestContext, meetingId: string, decisionIds: string[]) => createAgreements(core, ctx, meetingId, decisionIds),
    saveFidelity: (ctx: RequestContext, meetingId: string, input: Parameters<typeof saveFidelity>[3]) => saveFidelity(core, ctx, meetingId, input),
    minutes: (ctx: RequestContext, meetingId: string, audience: Parameters<typeof meetingMinutes>[3]) => meetingMinutes(prisma, ctx, meetingId, audience),
    minutesPdf: (ctx: RequestContext, meetingId: string, audience: Parameters<typeof meetingMinutes>[3]) =>
      meetingMinutesPdf(prisma, ctx, meetingId, audience),

    /** Scores given at the meeting (one per participant); they are the case's scores, linked to the meeting. */
    async recordScores(ctx: RequestContext, meetingId: string, input: Scores): Promise<MeetingDetail> {
      await prisma.$transaction(async (tx) => {
        const state = await runStateOf(tx, meetingId);
        requireEditableRun(state, 'Scorerne kan ikke registreres');
        await recordScaleScores(tx, ctx, state.caseId, input.scores, { meetingId, errorPath: 'body.scores' });
      });
      return core.detail(ctx, meetingId);
    },

    /** HELD; a network council's date is the case's "held" date, so its 7-day deadline is met. */
    finishMeeting(ctx: RequestContext, meetingId: string, input: Finish): Promise<MeetingDetail> {
      const heldAt = input.heldAt ? new Date(input.heldAt) : ctx.now;
      if (heldAt.getTime() > ctx.now.getTime() + 60_000) {
        throw new DomainValidationError('Mødet kan ikke afsluttes.', [{ path: 'body.heldAt', message: 'Tidspunktet kan ikke ligge i fremtiden' }]);
      }
      return statusStep(ctx, meetingId, async (tx) => {
        const state = await runStateOf(tx, meetingId);
        requireMeetingStatus(state.status, ['IN_PROGRESS'], 'Mødet kan ikke afsluttes');
        await claimMeetingVersion(tx, ctx, meetingId, input.version, { status: 'HELD', heldAt, currentPhase: null });
        const heldOn = copenhagenToday(heldAt);
        if (state.type === 'NETWORK_COUNCIL') await updateDeadlineDates(tx, state.caseId, { networkCouncilHeldOn: heldOn });
        const changes = [
          { field: 'status', from: 'IN_PROGRESS', to: 'HELD' },
          { field: 'heldAt', from: null, to: heldAt.toISOString() },
        ];
        await appendAudit(tx, ctx, { action: 'UPDATE', entityType: 'Meeting', entityId: meetingId, caseId: state.caseId, details: { changes } });
        await appendCaseEvent(tx, ctx, {
          caseId: state.caseId,
          kind: 'meeting.held',
          entityType: 'Meeting',
          entityId: meetingId,
          data: { type: state.type, heldOn },
          occurredAt: heldAt,
        });
      });
    },

    /** Puts the minutes on the case's timeline; the run document is then final. */
    shareMinutes(ctx: RequestContext, meetingId: string, input: MeetingVersionRequest): Promise<MeetingDetail> {
      return statusStep(ctx, meetingId, async (tx) => {
        const state = await runStateOf(tx, meetingId);
        requireMeetingStatus(state.status, ['HELD'], 'Referatet kan ikke lægges på sagen');
        if (state.minutesSharedAt) throw new RuleViolationError('Referatet er allerede lagt på sagen.');
        await claimMeetingVersion(tx, ctx, meetingId, input.version, { minutesSharedAt: ctx.now });
        await appendAudit(tx, ctx, {
          action: 'UPDATE',
          entityType: 'Meeting',
          entityId: meetingId,
          caseId: state.caseId,
          details: { changes: [{ field: 'minutesSharedAt', from: null, to: ctx.now.toISOString() }] },
        });
        await appendCaseEvent(tx, ctx, {
          caseId: state.caseId,
          kind: 'meeting.minutesShared',
          entityType: 'Meeting',
          entityId: meetingId,
          data: { type: state.type, heldOn: state.heldAt ? copenhagenToday(state.heldAt) : null },
        });
      });
    },
  };
}
