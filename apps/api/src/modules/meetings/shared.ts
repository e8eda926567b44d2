import { ProblemType, type MeetingDetail, type MeetingStatus } from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { AppError, NotFoundError, RuleViolationError } from '../../lib/errors';

export type Tx = Prisma.TransactionClient;
export type Db = Tx | PrismaClient;

/** A 409 for a stale version; `current` is the meeting as it is now, so nothing is lost silently. */
export class MeetingConflictError extends AppError {
  constructor(current: MeetingDetail | null) {
    super(
      409,
      ProblemType.conflict,
      'Konflikt',
      'Mødet er ændret af en anden, siden du hentede det. Det du har skrevet er ikke gemt: se den nye udgave, og indfør dine ændringer igen.',
      undefined,
      { current },
    );
  }
}

/** Thrown inside a transaction to roll it back when the claimed version turns out to be stale. */
export class StaleMeetingVersion extends Error {}

const meetingFacts = {
  id: true,
  caseId: true,
  type: true,
  status: true,
  version: true,
  coordinatorId: true,
  leaderUserId: true,
  startsAt: true,
  policeDocumentationOn: true,
  followUpOfId: true,
} satisfies Prisma.MeetingSelect;
export type MeetingFacts = Prisma.MeetingGetPayload<{ select: typeof meetingFacts }>;

export async function meetingOf(db: Db, meetingId: string): Promise<MeetingFacts> {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: meetingFacts });
  if (!meeting) throw new NotFoundError('Mødet findes ikke, eller du har ikke adgang til det.');
  return meeting;
}

const STATUS_TEXT: Record<MeetingStatus, string> = {
  PLANNED: 'planlagt',
  IN_PROGRESS: 'i gang',
  HELD: 'afholdt',
  CANCELLED: 'aflyst',
};

/** Refuses a step the meeting's status does not allow, saying which status it is in. */
export function requireMeetingStatus(status: MeetingStatus, allowed: readonly MeetingStatus[], what: string): void {
  if (!allowed.includes(status)) throw new RuleViolationError(`${what}: mødet er ${STATUS_TEXT[status]}.`);
}

/**
 * Takes the meeting's next version if the caller's is still the latest (the conditional update
 * takes the row lock, so concurrent writers queue and only one gets through); else StaleMeetingVersion.
 */
export async function claimMeetingVersion(
  tx: Tx,
  ctx: RequestContext,
  meetingId: string,
  version: number,
  data: Prisma.MeetingUncheckedUpdateManyInput = {},
): Promise<number> {
  const claimed = await tx.meeting.updateMany({
    where: { id: meetingId, version },
    data: { ...data, version: { increment: 1 }, updatedAt: ctx.now, updatedById: ctx.actor.userId },
  });
  if (claimed.count === 0) throw new StaleMeetingVersion();
  return version + 1;
}

/** A decision as the meeting (and a follow-up meeting looking back) shows it. */
export const decisionSelect = {
  id: true,
  position: true,
  kind: true,
  what: true,
  who: true,
  networkPersonId: true,
  responsibleUser: { select: { id: true, name: true } },
  dueOn: true,
  networkAgreementId: true,
  actionPlanTaskId: true,
} satisfies Prisma.MeetingDecisionSelect;
