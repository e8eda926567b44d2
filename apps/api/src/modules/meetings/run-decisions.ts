import type { FieldError, MeetingDecisionWrite, MeetingDetail } from '@inddrag/contracts';
import type { z } from 'zod';
import type { RequestContext } from '../../lib/context';
import { copenhagenToday, fromIsoDate } from '../../lib/dates';
import { DomainValidationError, NotFoundError, RuleViolationError } from '../../lib/errors';
import { appendAudit } from '../audit/service';
import { requireEditableRun, runStateOf, type RunState } from './run-state';
import type { MeetingCore } from './service';
import { claimMeetingVersion, type Tx } from './shared';

type DecisionWrite = z.output<typeof MeetingDecisionWrite>;

// Decisions (what, who, by when) have no version of their own: every change claims the meeting's
// version, so the meeting screen's autosave and its decision edits cannot overwrite each other.

/** The person must be in the case's network, the responsible user on the case team, the date not before the meeting. */
async function checkDecision(tx: Tx, state: RunState, input: DecisionWrite): Promise<void> {
  const errors: FieldError[] = [];
  if (input.networkPersonId) {
    const person = await tx.networkPerson.count({ where: { id: input.networkPersonId, caseId: state.caseId } });
    if (person === 0) errors.push({ path: 'body.networkPersonId', message: 'Personen findes ikke i sagens netværk' });
  }
  if (input.responsibleUserId) {
    const member = await tx.caseTeamMember.count({ where: { caseId: state.caseId, userId: input.responsibleUserId, removedAt: null } });
    if (member === 0) errors.push({ path: 'body.responsibleUserId', message: 'Den ansvarlige skal være med i sagens team' });
  }
  if (input.dueOn && input.dueOn < copenhagenToday(state.startedAt ?? state.startsAt))
    errors.push({ path: 'body.dueOn', message: 'Fristen kan ikke ligge før mødet' });
  if (errors.length > 0) throw new DomainValidationError('Aftalen kan ikke gemmes.', errors);
}

const columnsOf = (input: DecisionWrite) => ({
  kind: input.kind,
  what: input.what,
  who: input.who,
  networkPersonId: input.networkPersonId,
  responsibleUserId: input.responsibleUserId,
  dueOn: input.dueOn ? fromIsoDate(input.dueOn) : null,
});

async function decisionOf(tx: Tx, meetingId: string, decisionId: string) {
  const decision = await tx.meetingDecision.findFirst({
    where: { id: decisionId, meetingId },
    select: { id: true, networkAgreementId: true, what: true },
  });
  if (!decision) throw new NotFoundError('Aftalen findes ikke på mødet.');
  return decision;
}

/**
 * A decision already made a part-2 agreement is changed or withdrawn on the network map (where the
 * network person's agreement now lives), not here: the two would otherwise say different things.
 */
function requireNotAgreement(decision: { networkAgreementId: string | null }, what: string): void {
  if (decision.networkAgreementId)
    throw new RuleViolationError(`${what}: den er oprettet som aftale i netværkskortet. Ret eller annullér den dér.`);
}

function versionedDecisionWrite(core: MeetingCore, ctx: RequestContext, meetingId: string, write: (tx: Tx, state: RunState) => Promise<void>) {
  return core.versioned(ctx, meetingId, async (): Promise<MeetingDetail> => {
    await core.prisma.$transaction(async (tx) => write(tx, await runStateOf(tx, meetingId)));
    return core.detail(ctx, meetingId);
  });
}

export function addDecision(core: MeetingCore, ctx: RequestContext, meetingId: string, input: DecisionWrite) {
  return versionedDecisionWrite(core, ctx, meetingId, async (tx, state) => {
    requireEditableRun(state, 'Aftalen kan ikke tilføjes');
    await checkDecision(tx, state, input);
    await claimMeetingVersion(tx, ctx, meetingId, input.version);
    const last = await tx.meetingDecision.aggregate({ where: { meetingId }, _max: { position: true } });
    const row = await tx.meetingDecision.create({
      data: { meetingId, position: (last._max.position ?? -1) + 1, ...columnsOf(input), createdAt: ctx.now },
      select: { id: true },
    });
    await appendAudit(tx, ctx, {
      action: 'CREATE',
      entityType: 'MeetingDecision',
      entityId: row.id,
      caseId: state.caseId,
      details: { meetingId, fields: Object.keys(columnsOf(input)) },
    });
  });
}

export function updateDecision(core: MeetingCore, ctx: RequestContext, meetingId: string, decisionId: string, input: DecisionWrite) {
  return versionedDecisionWrite(core, ctx, meetingId, async (tx, state) => {
    requireEditableRun(state, 'Aftalen kan ikke ændres');
    const decision = await decisionOf(tx, meetingId, decisionId);
    requireNotAgreement(decision, 'Aftalen kan ikke ændres');
    await checkDecision(tx, state, input);
    await claimMeetingVersion(tx, ctx, meetingId, input.version);
    await tx.meetingDecision.update({ where: { id: decisionId }, data: { ...columnsOf(input), updatedAt: ctx.now } });
    await appendAudit(tx, ctx, {
      action: 'UPDATE',
      entityType: 'MeetingDecision',
      entityId: decisionId,
      caseId: state.caseId,
      details: { meetingId, fields: Object.keys(columnsOf(input)) },
    });
  });
}

export function deleteDecision(core: MeetingCore, ctx: RequestContext, meetingId: string, decisionId: string, version: number) {
  return versionedDecisionWrite(core, ctx, meetingId, async (tx, state) => {
    requireEditableRun(state, 'Aftalen kan ikke slettes');
    const decision = await decisionOf(tx, meetingId, decisionId);
    requireNotAgreement(decision, 'Aftalen kan ikke slettes');
    await claimMeetingVersion(tx, ctx, meetingId, version);
    await tx.meetingDecision.delete({ where: { id: decisionId } });
    await appendAudit(tx, ctx, { action: 'DELETE', entityType: 'MeetingDecision', entityId: decisionId, caseId: state.caseId, details: { meetingId } });
  });
}
