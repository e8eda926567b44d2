import type {
  ChangePhaseRequest,
  ChildNotification,
  CreateCaseRequest,
  CreateCaseResponse,
  NotificationInput,
  PhaseChange,
} from '@inddrag/contracts';
import { ProblemType, cprDateOfBirth, passesModulus11 } from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { ageOn, copenhagenToday, fromIsoDate, toIsoDate } from '../../lib/dates';
import { AppError, ConflictError, DomainValidationError, RuleViolationError } from '../../lib/errors';
import { ForbiddenError } from '../../plugins/auth';
import { appendAudit } from '../audit/service';
import { deadlineDatesData, refreshNextDeadline } from '../deadlines/case-deadlines';
import { appendCaseEvent } from '../timeline/events';
import { assertNotInFuture } from './case-facts';
import { deadlineDatesForStep, mayMove } from './phases';

type Tx = Prisma.TransactionClient;

/** Child-welfare measures reach young people until 23 (efterværn); older "children" are typing errors. */
const MAX_CHILD_AGE = 22;

const CASE_NUMBER_LOCK = 'case-number:';

/** The next journal number of the year in the municipality, e.g. "2026-0043", under a lock so two registrations never collide. */
async function nextCaseNumber(tx: Tx, municipalityId: string, year: string): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${CASE_NUMBER_LOCK + municipalityId}))`;
  const [row] = await tx.$queryRaw<{ max: number | null }[]>`
    SELECT max(split_part("caseNumber", '-', 2)::int) AS max FROM "Case"
    WHERE "municipalityId" = ${municipalityId}::uuid AND "caseNumber" ~ ${`^${year}-[0-9]+$`}`;
  return `${year}-${String((row?.max ?? 0) + 1).padStart(4, '0')}`;
}

async function createNotification(tx: Tx, ctx: RequestContext, caseId: string, input: NotificationInput) {
  const notification = await tx.childNotification.create({
    data: {
      caseId,
      receivedOn: fromIsoDate(input.receivedOn),
      source: input.source,
      sourceName: input.sourceName ?? null,
      content: input.content,
      concernsAbuse: input.concernsAbuse,
      registeredById: ctx.actor.userId,
      registeredAt: ctx.now,
    },
  });
  await appendAudit(tx, ctx, { action: 'CREATE', entityType: 'ChildNotification', entityId: notification.id, caseId });
  await appendCaseEvent(tx, ctx, {
    caseId,
    kind: 'notification.registered',
    entityType: 'ChildNotification',
    entityId: notification.id,
    data: { source: input.source, receivedOn: input.receivedOn, concernsAbuse: input.concernsAbuse },
  });
  return notification;
}

const userRef = { select: { id: true, name: true } } as const;

export function createRegisterService(prisma: PrismaClient) {
  return {
    /** Registering a notification about a child without an open case opens the case (phase underretning). */
    async create(ctx: RequestContext, request: CreateCaseRequest): Promise<CreateCaseResponse> {
      const { actor } = ctx;
      if (actor.unitKind !== 'MYNDIGHED' || !actor.unitId) throw new ForbiddenError('Kun Myndighed kan oprette sager.');
      const today = copenhagenToday(ctx.now);
      const { child, notification } = request;
      const dateOfBirth = cprDateOfBirth(child.cpr) as string; // the contract refused numbers without a real date
      assertNotInFuture(dateOfBirth, today, 'body.child.cpr', 'CPR-nummerets fødselsdato ligger i fremtiden');
      if (ageOn(dateOfBirth, today) > MAX_CHILD_AGE) {
        const message = `Barnet er over ${MAX_CHILD_AGE} år ifølge CPR-nummeret`;
        throw new DomainValidationError(message, [{ path: 'body.child.cpr', message }]);
      }
      assertNotInFuture(notification.receivedOn, today, 'body.notification.receivedOn');
      const awareOn = request.awareOn ?? notification.receivedOn;
      assertNotInFuture(awareOn, today, 'body.awareOn');

      const created = await prisma.$transaction(async (tx) => {
        const open = await tx.case.findFirst({
          where: { municipalityId: actor.municipalityId, childCpr: child.cpr, phase: { not: 'AFSLUTTET' } },
          select: { caseNumber: true },
        });
        if (open) {
          throw new AppError(
            409,
            ProblemType.caseExists,
            'Barnet har allerede en åben sag',
            `Barnet har allerede en åben sag (${open.caseNumber}). Registrér underretningen på den sag.`,
          );
        }
        const caseNumber = await nextCaseNumber(tx, actor.municipalityId, today.slice(0, 4));
        const kase = await tx.case.create({
          data: {
            municipalityId: actor.municipalityId,
            caseNumber,
            childFirstName: child.firstName,
            childLastName: child.lastName,
            childCpr: child.cpr,
            childDateOfBirth: fromIsoDate(dateOfBirth),
            childAddress: child.address ?? null,
            awareOn: fromIsoDate(awareOn),
            phase: 'UNDERRETNING',
            phaseChangedAt: ctx.now,
            openedAt: ctx.now,
            responsibleUnitId: actor.unitId as string,
            responsibleCaseworkerId: actor.role === 'CASEWORKER' ? actor.userId : null,
          },
          select: { id: true, caseNumber: true },
        });
        if (actor.role === 'CASEWORKER') {
          await tx.caseTeamMember.create({
            data: {
              caseId: kase.id,
              userId: actor.userId,
              role: 'RESPONSIBLE',
              addedAt: ctx.now,
              addedById: actor.userId,
            },
          });
        }
        await tx.casePhaseChange.create({
          data: {
            caseId: kase.id,
            fromPhase: null,
            toPhase: 'UNDERRETNING',
            changedOn: fromIsoDate(notification.receivedOn),
            recordedAt: ctx.now,
            changedById: actor.userId,
          },
        });
        await appendAudit(tx, ctx, { action: 'CREATE', entityType: 'Case', entityId: kase.id, caseId: kase.id });
        await appendCaseEvent(tx, ctx, {
          caseId: kase.id,
          kind: 'case.created',
          data: { caseNumber: kase.caseNumber },
        });
        await createNotification(tx, ctx, kase.id, notification);
        return kase;
      });
      return {
        ...created,
        warnings: passesModulus11(child.cpr)
          ? []
          : [
              {
                code: 'CPR_MODULUS11',
                message:
                  'CPR-nummeret består ikke modulus 11-kontrollen. Det kan være korrekt (numre udstedt siden 2007), men tjek det.',
              },
            ],
      };
    },

    async registerNotification(
      ctx: RequestContext,
      caseId: string,
      input: NotificationInput,
    ): Promise<ChildNotification> {
      assertNotInFuture(input.receivedOn, copenhagenToday(ctx.now), 'body.receivedOn');
      const id = await prisma.$transaction(async (tx) => (await createNotification(tx, ctx, caseId, input)).id);
      const row = await prisma.childNotification.findUniqueOrThrow({
        where: { id },
        include: { registeredBy: userRef },
      });
      return toNotification(row);
    },

    async listNotifications(ctx: RequestContext, caseId: string): Promise<ChildNotification[]> {
      return prisma.$transaction(async (tx) => {
        const rows = await tx.childNotification.findMany({
          where: { caseId },
          include: { registeredBy: userRef },
          orderBy: [{ receivedOn: 'desc' }, { registeredAt: 'desc' }],
        });
        await appendAudit(tx, ctx, {
          action: 'READ',
          entityType: 'ChildNotification',
          caseId,
          details: { count: rows.length },
        });
        return rows.map(toNotification);
      });
    },

    /** Moves the case to another phase along the law's steps, dated when the step took place. */
    async changePhase(ctx: RequestContext, caseId: string, request: ChangePhaseRequest): Promise<void> {
      const today = copenhagenToday(ctx.now);
      assertNotInFuture(request.changedOn, today, 'body.changedOn');
      await prisma.$transaction(async (tx) => {
        const kase = await tx.case.findUniqueOrThrow({
          where: { id: caseId },
          select: {
            version: true,
            phase: true,
            assessmentCompletedOn: true,
            measureStartedOn: true,
            _count: { select: { decisions: true } },
          },
        });
        if (kase.version !== request.version) throw new ConflictError();
        if (!mayMove(kase.phase, request.toPhase)) {
          const message = 'Sagen kan ikke flyttes direkte til den fase';
          throw new DomainValidationError(message, [{ path: 'body.toPhase', message }]);
        }
        const last = await tx.casePhaseChange.findFirst({
          where: { caseId },
          orderBy: { changedOn: 'desc' },
          select: { changedOn: true },
        });
        if (last && request.changedOn < toIsoDate(last.changedOn)) {
          const message = `Datoen kan ikke ligge før sagens forrige faseskift (${toIsoDate(last.changedOn)})`;
          throw new DomainValidationError(message, [{ path: 'body.changedOn', message }]);
        }
        if (request.toPhase === 'AFSLUTTET' && !request.reason) {
          const message = 'Skriv hvorfor sagen afsluttes';
          throw new DomainValidationError(message, [{ path: 'body.reason', message }]);
        }
        if (request.toPhase === 'INDSATS' && kase._count.decisions === 0) {
          throw new RuleViolationError(
            'En indsats kræver en afgørelse (Barnets lov § 32). Registrér afgørelsen, før sagen flyttes til Indsats.',
          );
        }
        const dates = deadlineDatesForStep(kase.phase, request.toPhase, request.changedOn, {
          assessmentCompletedOn: kase.assessmentCompletedOn ? toIsoDate(kase.assessmentCompletedOn) : null,
          measureStartedOn: kase.measureStartedOn ? toIsoDate(kase.measureStartedOn) : null,
        });
        const updated = await tx.case.updateMany({
          where: { id: caseId, version: request.version },
          data: {
            phase: request.toPhase,
            phaseChangedAt: ctx.now,
            closedAt: request.toPhase === 'AFSLUTTET' ? ctx.now : null,
            ...deadlineDatesData(dates),
            version: { increment: 1 },
          },
        });
        if (updated.count !== 1) throw new ConflictError();
        const change = await tx.casePhaseChange.create({
          data: {
            caseId,
            fromPhase: kase.phase,
            toPhase: request.toPhase,
            changedOn: fromIsoDate(request.changedOn),
            recordedAt: ctx.now,
            changedById: ctx.actor.userId,
            reason: request.reason ?? null,
          },
        });
        await appendAudit(tx, ctx, {
          action: 'UPDATE',
          entityType: 'Case',
          entityId: caseId,
          caseId,
          details: {
            changes: [
              { field: 'phase', from: kase.phase, to: request.toPhase },
              ...Object.entries(dates).map(([field, to]) => ({ field, from: null, to })),
            ],
          },
        });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'phase.changed',
          entityType: 'CasePhaseChange',
          entityId: change.id,
          data: { from: kase.phase, to: request.toPhase, changedOn: request.changedOn, reason: request.reason ?? null },
        });
        await refreshNextDeadline(tx, caseId);
      });
    },

    async listPhaseChanges(ctx: RequestContext, caseId: string): Promise<PhaseChange[]> {
      return prisma.$transaction(async (tx) => {
        const rows = await tx.casePhaseChange.findMany({
          where: { caseId },
          include: { changedBy: userRef },
          orderBy: [{ changedOn: 'desc' }, { recordedAt: 'desc' }],
        });
        await appendAudit(tx, ctx, {
          action: 'READ',
          entityType: 'CasePhaseChange',
          caseId,
          details: { count: rows.length },
        });
        return rows.map((row) => ({
          id: row.id,
          fromPhase: row.fromPhase,
          toPhase: row.toPhase,
          changedOn: toIsoDate(row.changedOn),
          recordedAt: row.recordedAt.toISOString(),
          changedBy: row.changedBy,
          reason: row.reason,
        }));
      });
    },
  };
}

function toNotification(
  row: Prisma.ChildNotificationGetPayload<{ include: { registeredBy: typeof userRef } }>,
): ChildNotification {
  return {
    id: row.id,
    receivedOn: toIsoDate(row.receivedOn),
    source: row.source,
    sourceName: row.sourceName,
    content: row.content,
    concernsAbuse: row.concernsAbuse,
    registeredBy: row.registeredBy,
    registeredAt: row.registeredAt.toISOString(),
  };
}

export type RegisterService = ReturnType<typeof createRegisterService>;
