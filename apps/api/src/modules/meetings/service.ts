import type {
  MeetingDetail,
  MeetingList,
  MeetingOptions,
  MyMeetingList,
  PlanMeetingData,
} from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import { mayOnCase } from '../../access/abilities';
import type { AccessService } from '../../access/access-service';
import { caseScopeWhere, grantFor } from '../../access/case-scope';
import type { RequestContext } from '../../lib/context';
import { copenhagenToday } from '../../lib/dates';
import { recordAudit } from '../audit/service';
import { candidatesOf } from './candidates';
import { createConferenceService } from './conference';
import { createMeetingPlanning } from './planning';
import { readMeetingDetail, summarySelect, toSummary, type DetailCan } from './read';
import { createMeetingRun } from './running';
import { MeetingConflictError, meetingOf, StaleMeetingVersion, type MeetingFacts } from './shared';
import { planMeeting } from './plan-meeting';

/** What the core offers the planning, running and conference parts. */
export interface MeetingCore {
  prisma: PrismaClient;
  /** The meeting as the reader may see it, with what the reader may do. */
  detail(ctx: RequestContext, meetingId: string): Promise<MeetingDetail>;
  /** Runs a versioned write; a stale version answers 409 with the meeting as it is now. */
  versioned<T>(ctx: RequestContext, meetingId: string, write: () => Promise<T>): Promise<T>;
}

/** Meetings (domain.md §2.8–§2.10): planning, invitations, the meeting itself, conferences, councils. */
export function createMeetingService(prisma: PrismaClient, access: AccessService) {
  async function canOf(ctx: RequestContext, meeting: MeetingFacts): Promise<DetailCan> {
    const open = meeting.status === 'PLANNED' || meeting.status === 'IN_PROGRESS';
    if (grantFor(ctx.actor, 'meeting.read') === 'coordinated') {
      return { plan: open, run: meeting.status !== 'CANCELLED', approvePlan: false, readProfessionalNotes: true };
    }
    const reach = await access.caseReach(ctx.actor, meeting.caseId, ctx.now);
    const edit = mayOnCase(ctx.actor, 'meeting.edit', reach);
    return {
      plan: edit && open,
      run: edit && meeting.status !== 'CANCELLED',
      approvePlan: meeting.type === 'FAMILY_GROUP_CONFERENCE' && mayOnCase(ctx.actor, 'meeting.approvePlan', reach),
      readProfessionalNotes: true,
    };
  }

  async function detail(ctx: RequestContext, meetingId: string): Promise<MeetingDetail> {
    const meeting = await meetingOf(prisma, meetingId);
    // The independent coordinator sees whom he may invite, not why someone may not be contacted.
    const coordinator = grantFor(ctx.actor, 'meeting.read') === 'coordinated';
    return readMeetingDetail(prisma, meetingId, ctx.now, await canOf(ctx, meeting), { withholdBlockReasons: coordinator });
  }

  async function versioned<T>(ctx: RequestContext, meetingId: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (error instanceof StaleMeetingVersion)
        throw new MeetingConflictError(await detail(ctx, meetingId).catch(() => null));
      throw error;
    }
  }

  const core: MeetingCore = { prisma, detail, versioned };

  return {
    ...createMeetingPlanning(core),
    ...createMeetingRun(core),
    ...createConferenceService(core),

    async list(ctx: RequestContext, caseId: string): Promise<MeetingList> {
      const [rows, reach] = await Promise.all([
        prisma.meeting.findMany({ where: { caseId }, select: summarySelect, orderBy: [{ startsAt: 'desc' }, { id: 'asc' }] }),
        access.caseReach(ctx.actor, caseId, ctx.now),
      ]);
      await recordAudit(prisma, ctx, { action: 'READ', entityType: 'Meeting', caseId, details: { count: rows.length } });
      const today = copenhagenToday(ctx.now);
      return { items: rows.map((row) => toSummary(row, today)), can: { plan: mayOnCase(ctx.actor, 'meeting.create', reach) } };
    },

    async options(ctx: RequestContext, caseId: string): Promise<MeetingOptions> {
      const today = copenhagenToday(ctx.now);
      const [team, facilitators, coordinators, candidates, previous] = await Promise.all([
        prisma.caseTeamMember.findMany({
          where: { caseId, removedAt: null, user: { active: true } },
          select: { user: { select: { id: true, name: true, role: true, unit: { select: { id: true, name: true, kind: true } } } } },
          orderBy: { addedAt: 'asc' },
        }),
        prisma.user.findMany({
          where: { municipalityId: ctx.actor.municipalityId, role: 'FACILITATOR', active: true },
          select: { id: true, name: true, unit: { select: { id: true, name: true, kind: true } } },
          orderBy: { name: 'asc' },
        }),
        prisma.user.findMany({
          where: { municipalityId: ctx.actor.municipalityId, role: 'COORDINATOR', active: true },
          select: { id: true, name: true },
          orderBy: { name: 'asc' },
        }),
        candidatesOf(prisma, caseId, [], today),
        prisma.meeting.findMany({
          where: { caseId, status: { not: 'CANCELLED' } },
          select: { id: true, type: true, startsAt: true, purpose: true },
          orderBy: { startsAt: 'desc' },
          take: 50,
        }),
      ]);
      await recordAudit(prisma, ctx, { action: 'READ', entityType: 'MeetingOptions', caseId });
      return {
        team: team.map(({ user }) => user),
        facilitators,
        coordinators,
        candidates,
        previousMeetings: previous.map((meeting) => ({ ...meeting, startsAt: meeting.startsAt.toISOString() })),
      };
    },

    async create(ctx: RequestContext, caseId: string, input: PlanMeetingData): Promise<MeetingDetail> {
      const meetingId = await planMeeting(prisma, ctx, caseId, input);
      return detail(ctx, meetingId);
    },

    async get(ctx: RequestContext, meetingId: string): Promise<MeetingDetail> {
      const result = await detail(ctx, meetingId);
      await recordAudit(prisma, ctx, { action: 'READ', entityType: 'Meeting', entityId: meetingId, caseId: result.caseId });
      return result;
    },

    /** Meetings where the user leads, invites, takes notes or is invited; a coordinator's conferences. */
    async mine(ctx: RequestContext, include: 'upcoming' | 'all'): Promise<MyMeetingList> {
      const me = ctx.actor.userId;
      const coordinator = grantFor(ctx.actor, 'meeting.read') === 'coordinated';
      // Only meetings of cases the user may still read: leaving a team ends the view of its meetings.
      const caseScope = coordinator ? {} : caseScopeWhere(ctx.actor, 'meeting.read', ctx.now);
      if (caseScope === null) return { items: [] };
      const mine: Prisma.MeetingWhereInput = coordinator
        ? { coordinatorId: me, type: 'FAMILY_GROUP_CONFERENCE' }
        : {
              case: caseScope,
              OR: [
                { leaderUserId: me },
                { inviterUserId: me },
                { noteTakerUserId: me },
                { createdById: me },
                { participants: { some: { userId: me } } },
              ],
            };
      const since = new Date(ctx.now.getTime() - 12 * 3_600_000);
      const rows = await prisma.meeting.findMany({
        where: {
          AND: [
            mine,
            { case: { municipalityId: ctx.actor.municipalityId } },
            include === 'upcoming' ? { status: { in: ['PLANNED', 'IN_PROGRESS'] }, startsAt: { gte: since } } : {},
          ],
        },
        select: summarySelect,
        orderBy: [{ startsAt: include === 'upcoming' ? 'asc' : 'desc' }, { id: 'asc' }],
        take: 100,
      });
      await recordAudit(prisma, ctx, { action: 'READ', entityType: 'Meeting', details: { list: 'mine', count: rows.length } });
      const today = copenhagenToday(ctx.now);
      return { items: rows.map((row) => toSummary(row, today)) };
    },
  };
}

export type MeetingService = ReturnType<typeof createMeetingService>;
