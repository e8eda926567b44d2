import type { AddParticipantsRequest, FieldError, MeetingDetail, UpdateParticipantRequest } from '@inddrag/contracts';
import type { Prisma } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { copenhagenToday, fromIsoDate } from '../../lib/dates';
import { DomainValidationError, NotFoundError, RuleViolationError } from '../../lib/errors';
import { appendAudit } from '../audit/service';
import { assertInformantAllowed } from './conference-informants';
import { insertParticipants } from './participant-store';
import type { MeetingCore } from './service';
import { meetingOf, requireMeetingStatus, StaleMeetingVersion, type Tx } from './shared';

const OPEN = ['PLANNED', 'IN_PROGRESS'] as const;

/** Adding or removing a participant changes the meeting: its version moves on, so open screens notice. */
async function touchMeeting(tx: Tx, ctx: RequestContext, meetingId: string): Promise<void> {
  await tx.meeting.update({
    where: { id: meetingId },
    data: { version: { increment: 1 }, updatedAt: ctx.now, updatedById: ctx.actor.userId },
  });
}

/** The columns an update of one participant sets, and the field errors it has. */
function participantChanges(
  input: UpdateParticipantRequest,
  ctx: RequestContext,
): { data: Prisma.MeetingParticipantUncheckedUpdateManyInput; fields: string[]; errors: FieldError[] } {
  const data: Prisma.MeetingParticipantUncheckedUpdateManyInput = {};
  const errors: FieldError[] = [];
  const today = copenhagenToday(ctx.now);
  if (input.invitedAt !== undefined) {
    if (input.invitedAt === null) {
      Object.assign(data, { invitedAt: null, channel: null, invitedById: null });
    } else {
      if (new Date(input.invitedAt) > ctx.now)
        errors.push({ path: 'body.invitedAt', message: 'Invitationen kan ikke være sendt i fremtiden' });
      if (!input.channel) errors.push({ path: 'body.channel', message: 'Vælg hvordan invitationen blev sendt' });
      Object.assign(data, {
        invitedAt: new Date(input.invitedAt),
        channel: input.channel ?? null,
        invitedById: ctx.actor.userId,
      });
    }
  } else if (input.channel !== undefined) {
    data.channel = input.channel;
  }
  if (input.reply !== undefined)
    Object.assign(data, { reply: input.reply, repliedAt: input.reply === 'PENDING' ? null : ctx.now });
  if (input.expectationsAlignedOn !== undefined) {
    if (input.expectationsAlignedOn && input.expectationsAlignedOn > today)
      errors.push({ path: 'body.expectationsAlignedOn', message: 'Datoen kan ikke ligge i fremtiden' });
    data.expectationsAlignedOn = input.expectationsAlignedOn ? fromIsoDate(input.expectationsAlignedOn) : null;
  }
  if (input.expectationsNote !== undefined) data.expectationsNote = input.expectationsNote?.trim() || null;
  if (input.attended !== undefined) data.attended = input.attended;
  if (input.isInformant !== undefined) data.isInformant = input.isInformant;
  if (input.briefing !== undefined) data.briefing = input.briefing?.trim() || null;
  return { data, fields: Object.keys(data), errors };
}

/** Participants and invitations (issue 7 point 2): whom to invite, the invitation sent, the reply. */
export function createParticipantWrites(core: MeetingCore) {
  const { prisma } = core;

  return {
    /** Invites people, each checked against the map's consent and risk rules (a blocked person: 422 naming why). */
    async addParticipants(
      ctx: RequestContext,
      meetingId: string,
      input: AddParticipantsRequest,
    ): Promise<MeetingDetail> {
      const meeting = await meetingOf(prisma, meetingId);
      requireMeetingStatus(meeting.status, OPEN, 'Der kan ikke inviteres flere');
      await prisma.$transaction(async (tx) => {
        const added = await insertParticipants(tx, ctx, meeting.caseId, meetingId, input.participants);
        if (added.length === 0) return;
        await touchMeeting(tx, ctx, meetingId);
        await appendAudit(tx, ctx, {
          action: 'CREATE',
          entityType: 'MeetingParticipant',
          entityId: meetingId,
          caseId: meeting.caseId,
          details: { participantIds: added },
        });
      });
      return core.detail(ctx, meetingId);
    },

    /** Removes someone invited; a network council's mandatory invitees (the young person, custody holders) stay. */
    async removeParticipant(
      ctx: RequestContext,
      meetingId: string,
      participantId: string,
      version: number,
    ): Promise<MeetingDetail> {
      const meeting = await meetingOf(prisma, meetingId);
      requireMeetingStatus(meeting.status, OPEN, 'Deltageren kan ikke fjernes');
      const participant = await participantOf(prisma, meetingId, participantId);
      if (participant.mandatory && meeting.type === 'NETWORK_COUNCIL')
        throw new RuleViolationError(`${participant.name} skal indkaldes til netværkssamrådet og kan ikke fjernes.`);
      await core.versioned(ctx, meetingId, () =>
        prisma.$transaction(async (tx) => {
          const removed = await tx.meetingParticipant.deleteMany({ where: { id: participantId, meetingId, version } });
          if (removed.count === 0) throw new StaleMeetingVersion();
          await touchMeeting(tx, ctx, meetingId);
          await appendAudit(tx, ctx, {
            action: 'DELETE',
            entityType: 'MeetingParticipant',
            entityId: participantId,
            caseId: meeting.caseId,
            details: { meetingId, kind: participant.kind },
          });
        }),
      );
      return core.detail(ctx, meetingId);
    },

    /** Records the invitation sent, the reply, expectations aligned, attendance or the informant's briefing. */
    async updateParticipant(
      ctx: RequestContext,
      meetingId: string,
      participantId: string,
      input: UpdateParticipantRequest,
    ): Promise<MeetingDetail> {
      const meeting = await meetingOf(prisma, meetingId);
      requireMeetingStatus(meeting.status, OPEN, 'Deltageren kan ikke ændres');
      const participant = await participantOf(prisma, meetingId, participantId);
      assertInformantAllowed(meeting.type, { kind: participant.kind, isProfessional: participant.networkPerson?.isProfessional ?? false }, input);
      const { data, fields, errors } = participantChanges(input, ctx);
      if (errors.length > 0) throw new DomainValidationError('Deltageren kan ikke opdateres.', errors);
      await core.versioned(ctx, meetingId, () =>
        prisma.$transaction(async (tx) => {
          const updated = await tx.meetingParticipant.updateMany({
            where: { id: participantId, meetingId, version: input.version },
            data: { ...data, version: { increment: 1 }, updatedAt: ctx.now },
          });
          if (updated.count === 0) throw new StaleMeetingVersion();
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'MeetingParticipant',
            entityId: participantId,
            caseId: meeting.caseId,
            details: { meetingId, fields },
          });
        }),
      );
      return core.detail(ctx, meetingId);
    },
  };
}

async function participantOf(db: Tx | MeetingCore['prisma'], meetingId: string, participantId: string) {
  const participant = await db.meetingParticipant.findFirst({
    where: { id: participantId, meetingId },
    select: { name: true, kind: true, mandatory: true, networkPerson: { select: { isProfessional: true } } },
  });
  if (!participant) throw new NotFoundError('Deltageren findes ikke på mødet.');
  return participant;
}
