import type { CaseDetail, CaseListQuery, CaseListResponse, CaseSummary, UpdateCaseRequest } from '@inddrag/contracts';
import { formatCpr, maskCpr } from '@inddrag/contracts';
import type { AccessService } from '../../access/access-service';
import { ConflictError, DomainValidationError, NotFoundError } from '../../lib/errors';
import type { Prisma, PrismaClient } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { ageOn, copenhagenToday, toIsoDate } from '../../lib/dates';
import { appendAudit, diffFields, recordAudit } from '../audit/service';
import { caseAbilities } from '../../access/abilities';
import { computeDeadlines, deadlineStatus } from '../deadlines/rules';
import { listCases } from './case-search';
import {
  deadlineDatesData,
  deadlineDatesOf,
  deadlineFactsOf,
  deadlineFactsSelect,
  refreshNextDeadline,
} from '../deadlines/case-deadlines';
import { appendCaseEvent } from '../timeline/events';
import { networkContactBlocked } from './network-contact';
import { nextSteps } from './next-steps';
import { allowedPhases } from './phases';
import { assertDeadlineDatesValid, toCaseParent } from './case-facts';

export const caseSummarySelect = {
  id: true,
  caseNumber: true,
  childFirstName: true,
  childLastName: true,
  childCpr: true,
  childDateOfBirth: true,
  phase: true,
  phaseChangedAt: true,
  awareOn: true,
  honourConflictSuspected: true,
  nextDeadlineOn: true,
  nextDeadlineKind: true,
  openedAt: true,
  closedAt: true,
  version: true,
  responsibleUnit: { select: { id: true, name: true, kind: true } },
  responsibleCaseworker: { select: { id: true, name: true } },
} satisfies Prisma.CaseSelect;

export type CaseSummaryRow = Prisma.CaseGetPayload<{ select: typeof caseSummarySelect }>;

export function toCaseSummary(row: CaseSummaryRow, today: string): CaseSummary {
  const dateOfBirth = toIsoDate(row.childDateOfBirth);
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    child: {
      firstName: row.childFirstName,
      lastName: row.childLastName,
      cprMasked: maskCpr(row.childCpr),
      dateOfBirth,
      age: ageOn(dateOfBirth, today),
    },
    phase: row.phase,
    phaseChangedAt: row.phaseChangedAt.toISOString(),
    awareOn: toIsoDate(row.awareOn),
    responsibleUnit: row.responsibleUnit,
    responsibleCaseworker: row.responsibleCaseworker,
    honourConflictSuspected: row.honourConflictSuspected,
    nextDeadline:
      row.nextDeadlineOn && row.nextDeadlineKind
        ? {
            kind: row.nextDeadlineKind,
            dueOn: toIsoDate(row.nextDeadlineOn),
            status: deadlineStatus(toIsoDate(row.nextDeadlineOn), null, today),
          }
        : null,
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    version: row.version,
  };
}

const detailSelect = {
  childAddress: true,
  siblingGroupId: true,
  honourRiskAssessedOn: true,
  honourRiskAssessment: true,
  honourRiskAssessedBy: { select: { id: true, name: true } },
  ...deadlineFactsSelect,
  parents: { where: { removedAt: null }, orderBy: { createdAt: 'asc' } },
  decisions: { select: { id: true }, take: 1 },
  referrals: { where: { status: { in: ['SENT', 'ACCEPTED'] } }, select: { status: true }, orderBy: { sentAt: 'desc' } },
  notifications: { select: { registeredAt: true }, orderBy: { registeredAt: 'desc' }, take: 1 },
  phaseChanges: {
    where: { fromPhase: 'SCREENING' },
    select: { recordedAt: true },
    orderBy: { recordedAt: 'asc' },
    take: 1,
  },
} satisfies Prisma.CaseSelect;

const teamSelect = {
  where: { removedAt: null },
  orderBy: { addedAt: 'asc' },
  select: {
    id: true,
    role: true,
    addedAt: true,
    version: true,
    user: { select: { id: true, name: true, unit: { select: { id: true, name: true, kind: true } } } },
  },
} satisfies Prisma.Case$teamArgs;

export function createCaseService(prisma: PrismaClient, access: AccessService) {
  async function loadDetail(ctx: RequestContext, caseId: string): Promise<CaseDetail> {
    const row = await prisma.case.findUnique({
      where: { id: caseId },
      select: { ...caseSummarySelect, ...detailSelect, team: teamSelect },
    });
    if (!row) throw new NotFoundError();
    const [reach, siblings] = await Promise.all([
      access.caseReach(ctx.actor, caseId, ctx.now),
      row.siblingGroupId
        ? prisma.case.findMany({
            where: { siblingGroupId: row.siblingGroupId, id: { not: caseId } },
            select: {
              id: true,
              caseNumber: true,
              childFirstName: true,
              childLastName: true,
              childDateOfBirth: true,
              phase: true,
            },
            orderBy: { childDateOfBirth: 'asc' },
          })
        : [],
    ]);
    const today = copenhagenToday(ctx.now);
    const facts = deadlineFactsOf(row);
    const blocked = networkContactBlocked(row);
    const lastNotificationAt = row.notifications[0]?.registeredAt;
    const passedScreeningAt = row.phaseChanges[0]?.recordedAt;
    return {
      ...toCaseSummary(row, today),
      childAddress: row.childAddress,
      team: row.team.map((member) => ({
        id: member.id,
        user: { id: member.user.id, name: member.user.name },
        unit: member.user.unit,
        role: member.role,
        addedAt: member.addedAt.toISOString(),
        version: member.version,
      })),
      accessVia: reach.teamRole
        ? 'TEAM'
        : ctx.actor.role === 'LEADER' && (reach.unitHolds || reach.unitReferredAccepted)
          ? 'UNIT'
          : 'EMERGENCY',
      emergencyAccessExpiresAt: reach.teamRole ? null : (reach.emergencyExpiresAt?.toISOString() ?? null),
      parents: row.parents.map(toCaseParent),
      siblings: siblings.map((sibling) => ({
        id: sibling.id,
        caseNumber: sibling.caseNumber,
        firstName: sibling.childFirstName,
        lastName: sibling.childLastName,
        age: ageOn(toIsoDate(sibling.childDateOfBirth), today),
        phase: sibling.phase,
      })),
      deadlines: computeDeadlines(facts, today),
      deadlineDates: deadlineDatesOf(row),
      honour: {
        suspected: row.honourConflictSuspected,
        riskAssessedOn: row.honourRiskAssessedOn ? toIsoDate(row.honourRiskAssessedOn) : null,
        riskAssessedBy: row.honourRiskAssessedBy,
        riskAssessment: row.honourRiskAssessment,
        networkContactBlocked: blocked,
      },
      allowedPhases: [...allowedPhases(row.phase)],
      nextSteps: nextSteps({
        phase: row.phase,
        networkContactBlocked: blocked,
        hasDecision: row.decisions.length > 0,
        planAdoptedOn: facts.planAdoptedOn,
        planRequired: facts.firstDecisionOn !== null || facts.placementWithoutConsentOn !== null,
        measureStartedOn: facts.measureStartedOn,
        firstFollowUpOn: facts.firstFollowUpOn,
        policeDocumentationOn: facts.policeDocumentationOn,
        networkCouncilHeldOn: facts.networkCouncilHeldOn,
        referralStatus: row.referrals.some((r) => r.status === 'ACCEPTED')
          ? 'ACCEPTED'
          : row.referrals.length > 0
            ? 'SENT'
            : null,
        newNotificationSinceScreening:
          lastNotificationAt !== undefined && passedScreeningAt !== undefined && lastNotificationAt > passedScreeningAt,
      }),
      can: caseAbilities(ctx.actor, reach),
    };
  }

  return {
    /** The case without logging the read; only for callers that log it themselves (and the benchmark). */
    loadDetail,

    /** Access was checked by the route's policy hook; this reads and logs the read. */
    async get(ctx: RequestContext, caseId: string): Promise<CaseDetail> {
      const detail = await loadDetail(ctx, caseId);
      await recordAudit(prisma, ctx, {
        action: 'READ',
        entityType: 'Case',
        entityId: caseId,
        caseId,
        ...(detail.accessVia === 'EMERGENCY' ? { reason: 'nødadgang' } : {}),
      });
      return detail;
    },

    /** "Vis CPR": the full number, for the case team only, always with a logged purpose. */
    async revealCpr(ctx: RequestContext, caseId: string, reason: string): Promise<{ cpr: string }> {
      return prisma.$transaction(async (tx) => {
        const row = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { childCpr: true } });
        await appendAudit(tx, ctx, { action: 'REVEAL_CPR', entityType: 'Case', entityId: caseId, caseId, reason });
        return { cpr: formatCpr(row.childCpr) };
      });
    },

    async update(ctx: RequestContext, caseId: string, request: UpdateCaseRequest): Promise<CaseDetail> {
      const { version, deadlineDates, ...fields } = request;
      await prisma.$transaction(async (tx) => {
        const before = await tx.case.findUniqueOrThrow({
          where: { id: caseId },
          select: {
            version: true,
            honourConflictSuspected: true,
            responsibleCaseworkerId: true,
            municipalityId: true,
            childAddress: true,
            ...deadlineFactsSelect,
          },
        });
        if (before.version !== version) throw new ConflictError();
        if (fields.responsibleCaseworkerId) {
          const caseworker = await tx.user.findFirst({
            where: {
              id: fields.responsibleCaseworkerId,
              municipalityId: before.municipalityId,
              active: true,
              role: 'CASEWORKER',
            },
          });
          if (!caseworker) {
            throw new DomainValidationError('Den ansvarlige skal være en aktiv myndighedsrådgiver.', [
              { path: 'body.responsibleCaseworkerId', message: 'Vælg en aktiv myndighedsrådgiver' },
            ]);
          }
        }
        if (deadlineDates) assertDeadlineDatesValid(deadlineDates, copenhagenToday(ctx.now));
        const dateChanges = deadlineDates ? diffFields(deadlineDatesOf(before), deadlineDates) : [];
        const fieldChanges = [...diffFields(before, fields), ...dateChanges];
        if (fieldChanges.length === 0) {
          // Nothing to change, but the answer shows the case: that is a read, and reads are logged.
          await appendAudit(tx, ctx, { action: 'READ', entityType: 'Case', entityId: caseId, caseId });
          return;
        }
        const flagRaised = fields.honourConflictSuspected === true && !before.honourConflictSuspected;
        // The version in the WHERE makes a concurrent save fail instead of overwriting this one.
        const updated = await tx.case.updateMany({
          where: { id: caseId, version },
          data: {
            ...fields,
            ...deadlineDatesData(deadlineDates ?? {}),
            // A new suspicion needs a new risk assessment (BL § 18, stk. 3).
            ...(flagRaised
              ? { honourRiskAssessedOn: null, honourRiskAssessedById: null, honourRiskAssessment: null }
              : {}),
            version: { increment: 1 },
          },
        });
        if (updated.count !== 1) throw new ConflictError();
        await appendAudit(tx, ctx, {
          action: 'UPDATE',
          entityType: 'Case',
          entityId: caseId,
          caseId,
          details: { changes: fieldChanges },
        });
        if (
          fields.honourConflictSuspected !== undefined &&
          fields.honourConflictSuspected !== before.honourConflictSuspected
        ) {
          await appendCaseEvent(tx, ctx, {
            caseId,
            kind: fields.honourConflictSuspected ? 'honour.flagged' : 'honour.unflagged',
          });
        }
        if (dateChanges.length > 0) {
          await appendCaseEvent(tx, ctx, {
            caseId,
            kind: 'deadlineDates.changed',
            data: Object.fromEntries(dateChanges.map((change) => [change.field, (change.to as string | null) ?? null])),
          });
          await refreshNextDeadline(tx, caseId);
        }
        const otherChanges = fieldChanges.filter(
          (c) => c.field === 'childAddress' || c.field === 'responsibleCaseworkerId',
        );
        if (otherChanges.length > 0) {
          await appendCaseEvent(tx, ctx, {
            caseId,
            kind: 'case.updated',
            data: { fields: otherChanges.map((c) => c.field).join(',') },
          });
        }
      });
      return loadDetail(ctx, caseId);
    },

    /** Only the cases the actor may see; the search itself is logged with the cases it showed. */
    async list(ctx: RequestContext, query: CaseListQuery): Promise<CaseListResponse> {
      return listCases(prisma, ctx, query);
    },
  };
}

export type CaseService = ReturnType<typeof createCaseService>;
