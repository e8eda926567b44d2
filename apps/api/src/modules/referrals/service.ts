import type {
  AcceptReferralRequest,
  CreateReferralRequest,
  IncomingReferral,
  IncomingReferralStatus,
  Referral,
  ReferralBlock,
  ReferralOptions,
  ReturnReferralRequest,
  UnitKind,
} from '@inddrag/contracts';
import { maskCpr } from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { ageOn, copenhagenToday, fromIsoDate, toIsoDate } from '../../lib/dates';
import { ConflictError, DomainValidationError, NotFoundError, RuleViolationError } from '../../lib/errors';
import { createAlerts, responsibleMemberIds, type NewAlert } from '../alerts/service';
import { appendAudit, recordAudit } from '../audit/service';
import { NETWORK_CONTACT_BLOCKED_REASON, networkContactBlocked } from '../cases/network-contact';
import { addTeamMemberInTx } from '../cases/team-service';
import { refreshNextDeadline } from '../deadlines/case-deadlines';
import { youthUnitFromAge } from '../municipality/service';
import { freezeConcernsForReferral, frozenConcern } from '../concerns/freeze';
import { freezeMapsForReferral } from '../network-maps/freeze';
import { appendCaseEvent } from '../timeline/events';

type Tx = Prisma.TransactionClient;

/** The units that carry out measures: a case is referred to one of these. */
export const EXECUTOR_UNIT_KINDS = ['FAMILIECENTER', 'UNGECENTER'] as const satisfies readonly UnitKind[];
/** The users a receiving leader may assign a referred case to. */
const ASSIGNABLE_ROLES = ['EXECUTOR', 'FACILITATOR'] as const;

const unitRef = { select: { id: true, name: true, kind: true } } as const;
const userRef = { select: { id: true, name: true } } as const;

const referralSelect = {
  id: true,
  caseId: true,
  status: true,
  sentAt: true,
  decidedAt: true,
  assessmentSummary: true,
  message: true,
  returnReason: true,
  version: true,
  fromUnit: unitRef,
  toUnit: unitRef,
  sentBy: userRef,
  decidedBy: userRef,
  assignedWorker: userRef,
  decision: {
    select: { id: true, legalBasis: true, measure: true, purpose: true, expectedDuration: true, decidedOn: true },
  },
  concernVersions: {
    select: { version: { select: { number: true, snapshot: true, statement: { select: { id: true, number: true } } } } },
  },
  mapVersions: {
    select: {
      version: {
        select: { number: true, personCount: true, map: { select: { id: true, perspective: true, perspectiveOf: true } } },
      },
    },
  },
} satisfies Prisma.ReferralSelect;

const incomingSelect = {
  ...referralSelect,
  case: {
    select: {
      id: true,
      caseNumber: true,
      childFirstName: true,
      childLastName: true,
      childCpr: true,
      childDateOfBirth: true,
    },
  },
} satisfies Prisma.ReferralSelect;

type ReferralRow = Prisma.ReferralGetPayload<{ select: typeof referralSelect }>;
type IncomingRow = Prisma.ReferralGetPayload<{ select: typeof incomingSelect }>;

function toReferral(row: ReferralRow): Referral {
  return {
    id: row.id,
    caseId: row.caseId,
    status: row.status,
    fromUnit: row.fromUnit,
    toUnit: row.toUnit,
    sentAt: row.sentAt.toISOString(),
    sentBy: row.sentBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedBy: row.decidedBy,
    decision: row.decision ? { ...row.decision, decidedOn: toIsoDate(row.decision.decidedOn) } : null,
    networkMaps: row.mapVersions.map(({ version }) => ({
      mapId: version.map.id,
      perspective: version.map.perspective,
      perspectiveOf: version.map.perspectiveOf,
      versionNumber: version.number,
      personCount: version.personCount,
    })),
    concerns: row.concernVersions
      .map(({ version }) => frozenConcern(version))
      .sort((a, b) => a.number - b.number),
    assessmentSummary: row.assessmentSummary,
    message: row.message,
    assignedWorker: row.assignedWorker,
    returnReason: row.returnReason,
    version: row.version,
  };
}

function toIncoming(row: IncomingRow, today: string): IncomingReferral {
  return {
    ...toReferral(row),
    case: {
      id: row.case.id,
      caseNumber: row.case.caseNumber,
      child: {
        firstName: row.case.childFirstName,
        lastName: row.case.childLastName,
        age: ageOn(toIsoDate(row.case.childDateOfBirth), today),
        cprMasked: maskCpr(row.case.childCpr),
      },
    },
  };
}

// --- The rules for referring ------------------------------------------------------------------

const BLOCK_REASONS: Record<ReferralBlock, string> = {
  NOT_HELD_BY_AUTHORITY: 'Sagen kan kun visiteres af den myndighedsenhed, der har sagen.',
  CASE_CLOSED: 'Sagen er afsluttet og kan ikke visiteres.',
  NO_DECISION:
    'Sagen kan ikke visiteres, før der er registreret en afgørelse om indsats (Barnets lov § 32): visitationen bygger på afgørelsens formål og forventede varighed.',
  HONOUR_RISK_ASSESSMENT_MISSING: `Sagen kan ikke visiteres, før der er registreret en risikovurdering, da udføreren vil inddrage familie og netværk: ${NETWORK_CONTACT_BLOCKED_REASON}`,
  NO_EXECUTOR_UNIT: 'Kommunen har ingen FamilieCenter- eller UngeCenter-enhed at visitere til.',
};

const caseFactsSelect = {
  id: true,
  caseNumber: true,
  municipalityId: true,
  phase: true,
  childDateOfBirth: true,
  honourConflictSuspected: true,
  honourRiskAssessedOn: true,
  measureStartedOn: true,
  version: true,
  responsibleUnit: { select: { id: true, kind: true } },
  _count: { select: { decisions: true } },
} satisfies Prisma.CaseSelect;

type CaseFacts = Prisma.CaseGetPayload<{ select: typeof caseFactsSelect }>;

/** The first rule that keeps the case from being referred now, or null. */
function referralBlock(kase: CaseFacts, executorUnits: number): ReferralBlock | null {
  if (kase.responsibleUnit.kind !== 'MYNDIGHED') return 'NOT_HELD_BY_AUTHORITY';
  if (kase.phase === 'AFSLUTTET') return 'CASE_CLOSED';
  if (executorUnits === 0) return 'NO_EXECUTOR_UNIT';
  if (kase._count.decisions === 0) return 'NO_DECISION';
  if (networkContactBlocked(kase)) return 'HONOUR_RISK_ASSESSMENT_MISSING';
  return null;
}

async function executorUnits(tx: Tx | PrismaClient, municipalityId: string) {
  return tx.unit.findMany({
    where: { municipalityId, kind: { in: [...EXECUTOR_UNIT_KINDS] } },
    select: { id: true, name: true, kind: true },
    orderBy: [{ kind: 'asc' }, { name: 'asc' }],
  });
}

/** UngeCentret for a child at or over the municipality's threshold, FamilieCentret below it. */
function defaultUnitId(units: { id: string; kind: UnitKind }[], childAge: number, threshold: number): string | null {
  const preferred: UnitKind = childAge >= threshold ? 'UNGECENTER' : 'FAMILIECENTER';
  return (units.find((u) => u.kind === preferred) ?? units[0])?.id ?? null;
}

/** Serialises referral steps on one case, so two referrals to one unit cannot both pass the check. */
async function lockCase(tx: Tx, caseId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Case" WHERE id = ${caseId}::uuid FOR UPDATE`;
}

async function lockReferral(tx: Tx, referralId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Referral" WHERE id = ${referralId}::uuid FOR UPDATE`;
}

const ACTIVE_STATUSES = ['SENT', 'ACCEPTED'] as const;

export function createReferralService(prisma: PrismaClient) {
  /** A referral to the actor's own unit, or 404 (never confirming that it exists). */
  async function ownIncoming(tx: Tx, ctx: RequestContext, referralId: string) {
    const row = ctx.actor.unitId
      ? await tx.referral.findFirst({
          where: { id: referralId, toUnitId: ctx.actor.unitId, case: { municipalityId: ctx.actor.municipalityId } },
          select: {
            id: true,
            caseId: true,
            status: true,
            version: true,
            toUnitId: true,
            sentById: true,
            toUnit: unitRef,
            case: { select: { caseNumber: true } },
          },
        })
      : null;
    if (!row) throw new NotFoundError('Visitationen findes ikke, eller den er ikke sendt til din enhed.');
    return row;
  }

  /** The step may only be taken on a referral still waiting for an answer. */
  function assertPending(row: { status: string; version: number }, version: number) {
    if (row.version !== version) throw new ConflictError();
    if (row.status !== 'SENT') throw new RuleViolationError('Visitationen er allerede besvaret eller trukket tilbage.');
  }

  /** The sender and the case's responsible caseworkers hear the answer. */
  async function answerRecipients(
    tx: Tx,
    ctx: RequestContext,
    caseId: string,
    sentById: string | null,
  ): Promise<string[]> {
    const ids = new Set(await responsibleMemberIds(tx, caseId));
    if (sentById) ids.add(sentById);
    ids.delete(ctx.actor.userId);
    return [...ids];
  }

  return {
    /** Where the case may be referred, with the age-based default, and whether it may be now. */
    async options(ctx: RequestContext, caseId: string): Promise<ReferralOptions> {
      const kase = await prisma.case.findUniqueOrThrow({ where: { id: caseId }, select: caseFactsSelect });
      const [units, threshold, decisions, active] = await Promise.all([
        executorUnits(prisma, kase.municipalityId),
        youthUnitFromAge(prisma, kase.municipalityId),
        prisma.caseDecision.findMany({
          where: { caseId },
          orderBy: [{ decidedOn: 'desc' }, { createdAt: 'desc' }],
          select: { id: true, legalBasis: true, measure: true, purpose: true, expectedDuration: true, decidedOn: true },
        }),
        prisma.referral.findMany({
          where: { caseId, status: { in: [...ACTIVE_STATUSES] } },
          select: { toUnitId: true },
        }),
      ]);
      const childAge = ageOn(toIsoDate(kase.childDateOfBirth), copenhagenToday(ctx.now));
      const block = referralBlock(kase, units.length);
      await recordAudit(prisma, ctx, {
        action: 'READ',
        entityType: 'CaseDecision',
        caseId,
        details: { purpose: 'referral-options' },
      });
      return {
        units: units.map((u) => ({ ...u, activeReferral: active.some((r) => r.toUnitId === u.id) })),
        defaultUnitId: defaultUnitId(units, childAge, threshold),
        childAge,
        youthUnitFromAge: threshold,
        decisions: decisions.map((d) => ({ ...d, decidedOn: toIsoDate(d.decidedOn) })),
        canRefer: block === null,
        blockedBy: block,
        blockedReason: block ? BLOCK_REASONS[block] : null,
      };
    },

    /** Visitation: sends the case to an executor unit on the basis of a BL § 32 decision. */
    async create(ctx: RequestContext, caseId: string, request: CreateReferralRequest): Promise<Referral> {
      return prisma.$transaction(async (tx) => {
        await lockCase(tx, caseId);
        const kase = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: caseFactsSelect });
        const units = await executorUnits(tx, kase.municipalityId);
        const toUnit = units.find((u) => u.id === request.toUnitId);
        const block = referralBlock(kase, units.length);
        if (block === 'NOT_HELD_BY_AUTHORITY' || block === 'CASE_CLOSED' || block === 'NO_EXECUTOR_UNIT')
          throw new RuleViolationError(BLOCK_REASONS[block]);
        if (!toUnit) {
          throw new DomainValidationError('Sagen kan kun visiteres til kommunens FamilieCenter eller UngeCenter.', [
            { path: 'body.toUnitId', message: 'Vælg FamilieCentret eller UngeCentret' },
          ]);
        }
        if (block === 'NO_DECISION') throw new RuleViolationError(BLOCK_REASONS[block]);
        const decision = await tx.caseDecision.findFirst({
          where: { id: request.decisionId, caseId },
          select: { id: true, measure: true },
        });
        if (!decision) {
          throw new DomainValidationError('Afgørelsen hører ikke til sagen.', [
            { path: 'body.decisionId', message: 'Vælg en af sagens afgørelser' },
          ]);
        }
        const existing = await tx.referral.findFirst({
          where: { caseId, toUnitId: toUnit.id, status: { in: [...ACTIVE_STATUSES] } },
          select: { status: true },
        });
        if (existing) {
          throw new RuleViolationError(
            existing.status === 'SENT'
              ? `Sagen er allerede visiteret til ${toUnit.name} og venter på svar.`
              : `Sagen er allerede visiteret til og modtaget af ${toUnit.name}.`,
          );
        }
        if (block === 'HONOUR_RISK_ASSESSMENT_MISSING') throw new RuleViolationError(BLOCK_REASONS[block]);

        const created = await tx.referral.create({
          data: {
            caseId,
            fromUnitId: kase.responsibleUnit.id,
            toUnitId: toUnit.id,
            status: 'SENT',
            sentAt: ctx.now,
            sentById: ctx.actor.userId,
            decisionId: decision.id,
            assessmentSummary: request.assessmentSummary,
            message: request.message ?? null,
          },
          select: referralSelect,
        });
        await appendAudit(tx, ctx, {
          action: 'CREATE',
          entityType: 'Referral',
          entityId: created.id,
          caseId,
          details: {
            changes: [
              { field: 'toUnitId', from: null, to: toUnit.id },
              { field: 'decisionId', from: null, to: decision.id },
              { field: 'status', from: null, to: 'SENT' },
            ],
          },
        });
        await freezeMapsForReferral(tx, caseId, created.id);
        await freezeConcernsForReferral(tx, caseId, created.id);
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'referral.sent',
          entityType: 'Referral',
          entityId: created.id,
          data: { toUnit: toUnit.name, measure: decision.measure },
        });

        const child = await tx.case.findUniqueOrThrow({
          where: { id: caseId },
          select: { childFirstName: true, childLastName: true },
        });
        const leaders = await tx.user.findMany({
          where: { unitId: toUnit.id, role: 'LEADER', active: true },
          select: { id: true },
        });
        await createAlerts(
          tx,
          ctx,
          leaders.map((leader) => ({
            userId: leader.id,
            kind: 'REFERRAL_RECEIVED' as const,
            caseId,
            data: {
              caseNumber: kase.caseNumber,
              referralId: created.id,
              fromUnit: created.fromUnit.name,
              childName: `${child.childFirstName} ${child.childLastName}`,
            },
            dedupeKey: `referral:${created.id}:received`,
          })),
        );
        return toReferral(await tx.referral.findUniqueOrThrow({ where: { id: created.id }, select: referralSelect }));
      });
    },

    /** The case's referrals, newest first, for the case page. */
    async listForCase(ctx: RequestContext, caseId: string): Promise<Referral[]> {
      const rows = await prisma.referral.findMany({
        where: { caseId },
        orderBy: [{ sentAt: 'desc' }, { id: 'asc' }],
        select: referralSelect,
      });
      await recordAudit(prisma, ctx, {
        action: 'READ',
        entityType: 'Referral',
        caseId,
        details: { referralIds: rows.map((r) => r.id) },
      });
      return rows.map(toReferral);
    },

    /** Myndighed takes back a referral nobody has answered yet. */
    async withdraw(ctx: RequestContext, caseId: string, referralId: string, version: number): Promise<Referral> {
      return prisma.$transaction(async (tx) => {
        await lockReferral(tx, referralId);
        const row = await tx.referral.findFirst({
          where: { id: referralId, caseId },
          select: { status: true, version: true, toUnit: unitRef },
        });
        if (!row) throw new NotFoundError('Visitationen findes ikke.');
        if (row.version !== version) throw new ConflictError();
        if (row.status !== 'SENT')
          throw new RuleViolationError('Kun en visitation, der endnu ikke er besvaret, kan trækkes tilbage.');
        const updated = await tx.referral.updateMany({
          where: { id: referralId, version, status: 'SENT' },
          data: { status: 'WITHDRAWN', decidedAt: ctx.now, decidedById: ctx.actor.userId, version: { increment: 1 } },
        });
        if (updated.count !== 1) throw new ConflictError();
        await appendAudit(tx, ctx, {
          action: 'UPDATE',
          entityType: 'Referral',
          entityId: referralId,
          caseId,
          details: { changes: [{ field: 'status', from: 'SENT', to: 'WITHDRAWN' }] },
        });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'referral.withdrawn',
          entityType: 'Referral',
          entityId: referralId,
          data: { toUnit: row.toUnit.name },
        });
        return toReferral(await tx.referral.findUniqueOrThrow({ where: { id: referralId }, select: referralSelect }));
      });
    },

    /**
     * The receiving leader's list: referrals to their own unit. The case is not (yet) theirs, so
     * only the package is shown, and each package shown is logged as a read of its case.
     */
    async incoming(ctx: RequestContext, status: IncomingReferralStatus): Promise<IncomingReferral[]> {
      if (!ctx.actor.unitId) return [];
      const rows = await prisma.referral.findMany({
        where: { toUnitId: ctx.actor.unitId, status, case: { municipalityId: ctx.actor.municipalityId } },
        orderBy: status === 'SENT' ? [{ sentAt: 'asc' }, { id: 'asc' }] : [{ decidedAt: 'desc' }, { id: 'asc' }],
        take: 200,
        select: incomingSelect,
      });
      if (rows.length > 0) {
        await prisma.$transaction(async (tx) => {
          for (const row of rows) {
            await appendAudit(tx, ctx, {
              action: 'READ',
              entityType: 'Referral',
              entityId: row.id,
              caseId: row.caseId,
            });
          }
        });
      }
      const today = copenhagenToday(ctx.now);
      return rows.map((row) => toIncoming(row, today));
    },

    async incomingOne(ctx: RequestContext, referralId: string): Promise<IncomingReferral> {
      return prisma.$transaction(async (tx) => {
        const { caseId } = await ownIncoming(tx, ctx, referralId);
        await appendAudit(tx, ctx, { action: 'READ', entityType: 'Referral', entityId: referralId, caseId });
        const row = await tx.referral.findUniqueOrThrow({ where: { id: referralId }, select: incomingSelect });
        return toIncoming(row, copenhagenToday(ctx.now));
      });
    },

    /**
     * "Modtag og tildel": the receiving unit takes the case on. The worker joins the case team as
     * executor; the measure counts as started (BL § 95's first follow-up counts from here).
     */
    async accept(ctx: RequestContext, referralId: string, request: AcceptReferralRequest): Promise<IncomingReferral> {
      return prisma.$transaction(async (tx) => {
        await lockReferral(tx, referralId);
        const referral = await ownIncoming(tx, ctx, referralId);
        assertPending(referral, request.version);
        const worker = await tx.user.findFirst({
          where: {
            id: request.assignedWorkerId,
            unitId: referral.toUnitId,
            active: true,
            role: { in: [...ASSIGNABLE_ROLES] },
          },
          select: { id: true, name: true, role: true },
        });
        if (!worker) {
          throw new DomainValidationError(`Vælg en aktiv medarbejder i ${referral.toUnit.name}.`, [
            { path: 'body.assignedWorkerId', message: 'Vælg en aktiv udfører i enheden' },
          ]);
        }
        const updated = await tx.referral.updateMany({
          where: { id: referralId, version: request.version, status: 'SENT' },
          data: {
            status: 'ACCEPTED',
            decidedAt: ctx.now,
            decidedById: ctx.actor.userId,
            assignedWorkerId: worker.id,
            version: { increment: 1 },
          },
        });
        if (updated.count !== 1) throw new ConflictError();
        const { caseId } = referral;
        await appendAudit(tx, ctx, {
          action: 'UPDATE',
          entityType: 'Referral',
          entityId: referralId,
          caseId,
          details: {
            changes: [
              { field: 'status', from: 'SENT', to: 'ACCEPTED' },
              { field: 'assignedWorkerId', from: null, to: worker.id },
            ],
          },
        });

        const membership = await tx.caseTeamMember.findUnique({
          where: { caseId_userId: { caseId, userId: worker.id } },
          select: { removedAt: true },
        });
        if (!membership || membership.removedAt) {
          await addTeamMemberInTx(tx, ctx, caseId, {
            userId: worker.id,
            role: worker.role === 'FACILITATOR' ? 'FACILITATOR' : 'EXECUTOR',
          });
        }

        const kase = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { measureStartedOn: true } });
        if (kase.measureStartedOn === null) {
          const today = copenhagenToday(ctx.now);
          await tx.case.update({
            where: { id: caseId },
            data: { measureStartedOn: fromIsoDate(today), version: { increment: 1 } },
          });
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'Case',
            entityId: caseId,
            caseId,
            details: { changes: [{ field: 'measureStartedOn', from: null, to: fromIsoDate(today).toISOString() }] },
          });
          await refreshNextDeadline(tx, caseId);
        }

        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'referral.accepted',
          entityType: 'Referral',
          entityId: referralId,
          data: { toUnit: referral.toUnit.name, worker: worker.name },
        });
        const recipients = await answerRecipients(tx, ctx, caseId, referral.sentById);
        await createAlerts(
          tx,
          ctx,
          recipients.map((userId): NewAlert => ({
            userId,
            kind: 'REFERRAL_ACCEPTED',
            caseId,
            data: {
              caseNumber: referral.case.caseNumber,
              referralId,
              toUnit: referral.toUnit.name,
              workerName: worker.name,
            },
            dedupeKey: `referral:${referralId}:accepted`,
          })),
        );
        return toIncoming(
          await tx.referral.findUniqueOrThrow({ where: { id: referralId }, select: incomingSelect }),
          copenhagenToday(ctx.now),
        );
      });
    },

    /** "Send retur": the receiving unit declines, saying why; Myndighed may refer again. */
    async sendBack(ctx: RequestContext, referralId: string, request: ReturnReferralRequest): Promise<IncomingReferral> {
      return prisma.$transaction(async (tx) => {
        await lockReferral(tx, referralId);
        const referral = await ownIncoming(tx, ctx, referralId);
        assertPending(referral, request.version);
        const updated = await tx.referral.updateMany({
          where: { id: referralId, version: request.version, status: 'SENT' },
          data: {
            status: 'REJECTED',
            returnReason: request.reason,
            decidedAt: ctx.now,
            decidedById: ctx.actor.userId,
            version: { increment: 1 },
          },
        });
        if (updated.count !== 1) throw new ConflictError();
        const { caseId } = referral;
        await appendAudit(tx, ctx, {
          action: 'UPDATE',
          entityType: 'Referral',
          entityId: referralId,
          caseId,
          details: {
            changes: [
              { field: 'status', from: 'SENT', to: 'REJECTED' },
              { field: 'returnReason', from: null, to: request.reason },
            ],
          },
        });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'referral.returned',
          entityType: 'Referral',
          entityId: referralId,
          data: { toUnit: referral.toUnit.name, reason: request.reason },
        });
        const recipients = await answerRecipients(tx, ctx, caseId, referral.sentById);
        await createAlerts(
          tx,
          ctx,
          recipients.map((userId): NewAlert => ({
            userId,
            kind: 'REFERRAL_RETURNED',
            caseId,
            data: { caseNumber: referral.case.caseNumber, referralId, toUnit: referral.toUnit.name },
            dedupeKey: `referral:${referralId}:returned`,
          })),
        );
        return toIncoming(
          await tx.referral.findUniqueOrThrow({ where: { id: referralId }, select: incomingSelect }),
          copenhagenToday(ctx.now),
        );
      });
    },
  };
}

export type ReferralService = ReturnType<typeof createReferralService>;
