import type {
  ContactStatus,
  NetworkConsent,
  RecordConsentRequest,
  WithdrawConsentRequest,
} from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { copenhagenToday, fromIsoDate, toIsoDate } from '../../lib/dates';
import { ConflictError, DomainValidationError, NotFoundError } from '../../lib/errors';
import { appendAudit, recordAudit } from '../audit/service';
import { appendCaseEvent } from '../timeline/events';
import { contactStatusInTx } from './contact-rules';

const consentSelect = {
  id: true,
  personId: true,
  givenBy: true,
  scope: true,
  givenOn: true,
  withdrawnOn: true,
  withdrawnReason: true,
  recordedBy: { select: { id: true, name: true } },
  createdAt: true,
  version: true,
} satisfies Prisma.NetworkConsentSelect;

function toConsent(row: Prisma.NetworkConsentGetPayload<{ select: typeof consentSelect }>): NetworkConsent {
  return {
    ...row,
    givenOn: toIsoDate(row.givenOn),
    withdrawnOn: row.withdrawnOn ? toIsoDate(row.withdrawnOn) : null,
    createdAt: row.createdAt.toISOString(),
  };
}

function assertNotInFuture(date: string, path: string, ctx: RequestContext) {
  if (date > copenhagenToday(ctx.now)) {
    throw new DomainValidationError('Datoen må ikke ligge i fremtiden.', [{ path, message: 'Datoen må ikke ligge i fremtiden' }]);
  }
}

/** Consent to contact network persons (RSL § 11 a): recorded with who, what and when; withdrawn, never deleted. */
export function createConsentService(prisma: PrismaClient) {
  async function personOfCase(tx: Prisma.TransactionClient, caseId: string, personId: string) {
    const person = await tx.networkPerson.findFirst({ where: { id: personId, caseId }, select: { id: true, name: true } });
    if (!person) throw new NotFoundError('Personen findes ikke i sagens netværk.');
    return person;
  }

  return {
    async record(ctx: RequestContext, caseId: string, personId: string, request: RecordConsentRequest): Promise<NetworkConsent> {
      assertNotInFuture(request.givenOn, 'body.givenOn', ctx);
      return prisma.$transaction(async (tx) => {
        const person = await personOfCase(tx, caseId, personId);
        const row = await tx.networkConsent.create({
          data: {
            personId,
            givenBy: request.givenBy,
            scope: request.scope,
            givenOn: fromIsoDate(request.givenOn),
            recordedById: ctx.actor.userId,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          },
          select: consentSelect,
        });
        await appendAudit(tx, ctx, {
          action: 'CREATE',
          entityType: 'NetworkConsent',
          entityId: row.id,
          caseId,
          details: {
            changes: [
              { field: 'personId', from: null, to: personId },
              { field: 'givenBy', from: null, to: request.givenBy },
              { field: 'scope', from: null, to: request.scope },
              { field: 'givenOn', from: null, to: request.givenOn },
            ],
          },
        });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'consent.recorded',
          entityType: 'NetworkConsent',
          entityId: row.id,
          data: { person: person.name, givenBy: request.givenBy },
        });
        return toConsent(row);
      });
    },

    async withdraw(
      ctx: RequestContext,
      caseId: string,
      personId: string,
      consentId: string,
      request: WithdrawConsentRequest,
    ): Promise<NetworkConsent> {
      assertNotInFuture(request.withdrawnOn, 'body.withdrawnOn', ctx);
      return prisma.$transaction(async (tx) => {
        const person = await personOfCase(tx, caseId, personId);
        const consent = await tx.networkConsent.findFirst({ where: { id: consentId, personId }, select: consentSelect });
        if (!consent) throw new NotFoundError('Samtykket findes ikke.');
        if (consent.withdrawnOn) {
          throw new DomainValidationError('Samtykket er allerede tilbagekaldt.', [
            { path: 'body.withdrawnOn', message: 'Samtykket er allerede tilbagekaldt' },
          ]);
        }
        if (request.withdrawnOn < toIsoDate(consent.givenOn)) {
          throw new DomainValidationError('Et samtykke kan ikke tilbagekaldes, før det blev givet.', [
            { path: 'body.withdrawnOn', message: 'Datoen ligger før samtykket blev givet' },
          ]);
        }
        const updated = await tx.networkConsent.updateMany({
          where: { id: consentId, version: request.version },
          data: {
            withdrawnOn: fromIsoDate(request.withdrawnOn),
            withdrawnReason: request.reason,
            updatedAt: ctx.now,
            version: { increment: 1 },
          },
        });
        if (updated.count === 0) throw new ConflictError();
        await appendAudit(tx, ctx, {
          action: 'UPDATE',
          entityType: 'NetworkConsent',
          entityId: consentId,
          caseId,
          details: { changes: [{ field: 'withdrawnOn', from: null, to: request.withdrawnOn }] },
        });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'consent.withdrawn',
          entityType: 'NetworkConsent',
          entityId: consentId,
          data: { person: person.name },
        });
        return toConsent(await tx.networkConsent.findUniqueOrThrow({ where: { id: consentId }, select: consentSelect }));
      });
    },

    /** Whether the person may be contacted now, and why not; the read is logged. */
    async contactStatus(ctx: RequestContext, caseId: string, personId: string): Promise<ContactStatus> {
      const status = await prisma.$transaction((tx) => contactStatusInTx(tx, caseId, personId, copenhagenToday(ctx.now)));
      await recordAudit(prisma, ctx, { action: 'READ', entityType: 'NetworkPerson', entityId: personId, caseId, details: { contactStatus: status.allowed } });
      return status;
    },
  };
}

export type ConsentService = ReturnType<typeof createConsentService>;
