import type {
  Alert,
  AlertData,
  AlertKind,
  AlertListQuery,
  AlertListResponse,
  MarkAlertsReadRequest,
} from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { copenhagenToday, fromIsoDate } from '../../lib/dates';
import { DomainValidationError } from '../../lib/errors';
import { deadlineFactsOf, deadlineFactsSelect } from '../deadlines/case-deadlines';
import { addDaysToDate, computeDeadlines, DUE_SOON_DAYS } from '../deadlines/rules';

type Tx = Prisma.TransactionClient;

export interface NewAlert {
  userId: string;
  kind: AlertKind;
  caseId?: string | null;
  data: AlertData;
  /** Makes the alert idempotent per user, e.g. `referral:<id>:received`. */
  dedupeKey?: string | null;
}

/**
 * Adds alerts inside the caller's transaction, one per recipient; a recipient listed twice gets
 * one. Other modules call this (referrals, emergency access): alerts are written nowhere else.
 */
export async function createAlerts(tx: Tx, ctx: RequestContext, alerts: NewAlert[]): Promise<void> {
  const seen = new Set<string>();
  const rows = alerts.filter((alert) => {
    const key = `${alert.userId}|${alert.kind}|${alert.dedupeKey ?? ''}|${alert.caseId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (rows.length === 0) return;
  await tx.alert.createMany({
    data: rows.map((alert) => ({
      userId: alert.userId,
      kind: alert.kind,
      caseId: alert.caseId ?? null,
      data: alert.data as Prisma.InputJsonValue,
      dedupeKey: alert.dedupeKey ?? null,
      createdAt: ctx.now,
    })),
    skipDuplicates: true,
  });
}

/** The active RESPONSIBLE team members of a case: who hears about what happens to it. */
export async function responsibleMemberIds(tx: Tx, caseId: string): Promise<string[]> {
  const members = await tx.caseTeamMember.findMany({
    where: { caseId, role: 'RESPONSIBLE', removedAt: null, user: { active: true } },
    select: { userId: true },
  });
  return members.map((m) => m.userId);
}

/**
 * "Nødadgang til din sag": the case's responsible caseworkers hear that someone broke the glass.
 * Called by the emergency-access service inside its transaction.
 */
export async function alertEmergencyAccess(
  tx: Tx,
  ctx: RequestContext,
  input: { caseId: string; caseNumber: string; emergencyAccessId: string },
): Promise<void> {
  const recipients = (await responsibleMemberIds(tx, input.caseId)).filter((id) => id !== ctx.actor.userId);
  await createAlerts(
    tx,
    ctx,
    recipients.map((userId) => ({
      userId,
      kind: 'EMERGENCY_ACCESS' as const,
      caseId: input.caseId,
      data: { caseNumber: input.caseNumber, userName: ctx.actor.name },
      dedupeKey: `emergency:${input.emergencyAccessId}`,
    })),
  );
}

/** Team roles whose members are told of the case's deadlines. */
const DEADLINE_ROLES = ['RESPONSIBLE', 'CO_WORKER', 'EXECUTOR'] as const;

function toAlert(row: {
  id: string;
  kind: AlertKind;
  caseId: string | null;
  data: Prisma.JsonValue;
  createdAt: Date;
  readAt: Date | null;
}): Alert {
  const data = row.data && typeof row.data === 'object' && !Array.isArray(row.data) ? (row.data as AlertData) : {};
  return {
    id: row.id,
    kind: row.kind,
    caseId: row.caseId,
    data,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

export function createAlertService(prisma: PrismaClient) {
  /**
   * DEADLINE_DUE alerts, made when the user looks: one per unmet deadline due within
   * DUE_SOON_DAYS (or overdue) on a case the user works on. Idempotent through the dedupe key,
   * so asking again adds nothing; a deadline moved to a new date gives a new alert.
   */
  async function generateDeadlineAlerts(ctx: RequestContext): Promise<void> {
    const today = copenhagenToday(ctx.now);
    const horizon = fromIsoDate(addDaysToDate(today, DUE_SOON_DAYS));
    const cases = await prisma.case.findMany({
      where: {
        municipalityId: ctx.actor.municipalityId,
        nextDeadlineOn: { lte: horizon },
        team: { some: { userId: ctx.actor.userId, removedAt: null, role: { in: [...DEADLINE_ROLES] } } },
      },
      select: { id: true, caseNumber: true, ...deadlineFactsSelect },
      take: 500,
    });
    const alerts: NewAlert[] = cases.flatMap((kase) =>
      computeDeadlines(deadlineFactsOf(kase), today)
        .filter((d) => d.status === 'DUE_SOON' || d.status === 'OVERDUE')
        .map((d) => ({
          userId: ctx.actor.userId,
          kind: 'DEADLINE_DUE' as const,
          caseId: kase.id,
          data: { caseNumber: kase.caseNumber, deadlineKind: d.kind, dueOn: d.dueOn },
          dedupeKey: `deadline:${kase.id}:${d.kind}:${d.dueOn}`,
        })),
    );
    if (alerts.length > 0) await prisma.$transaction((tx) => createAlerts(tx, ctx, alerts));
  }

  const unreadCount = (userId: string) => prisma.alert.count({ where: { userId, readAt: null } });

  return {
    async summary(ctx: RequestContext): Promise<{ unread: number }> {
      await generateDeadlineAlerts(ctx);
      return { unread: await unreadCount(ctx.actor.userId) };
    },

    /** The user's own alerts, newest first. */
    async list(ctx: RequestContext, query: AlertListQuery): Promise<AlertListResponse> {
      await generateDeadlineAlerts(ctx);
      const afterId = query.cursor ? decodeCursor(query.cursor) : undefined;
      if (afterId && (await prisma.alert.count({ where: { id: afterId, userId: ctx.actor.userId } })) === 0) {
        throw new DomainValidationError('Ugyldig side-markør.', [
          { path: 'querystring.cursor', message: 'Ugyldig side-markør' },
        ]);
      }
      const rows = await prisma.alert.findMany({
        where: { userId: ctx.actor.userId },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: query.limit + 1,
        ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}),
      });
      const pageRows = rows.slice(0, query.limit);
      const last = pageRows.at(-1);
      return {
        items: pageRows.map(toAlert),
        nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null,
        unread: await unreadCount(ctx.actor.userId),
      };
    },

    /** Marks the named (own) alerts, or all, as read; returns the unread count after. */
    async markRead(ctx: RequestContext, request: MarkAlertsReadRequest): Promise<{ unread: number }> {
      await prisma.alert.updateMany({
        where: { userId: ctx.actor.userId, readAt: null, ...(request.all ? {} : { id: { in: request.ids ?? [] } }) },
        data: { readAt: ctx.now },
      });
      return { unread: await unreadCount(ctx.actor.userId) };
    },
  };
}

export type AlertService = ReturnType<typeof createAlertService>;
