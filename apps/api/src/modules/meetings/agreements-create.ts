import type { CreateAgreementsResponse, FieldError } from '@inddrag/contracts';
import type { RequestContext } from '../../lib/context';
import { copenhagenToday, fromIsoDate, toIsoDate } from '../../lib/dates';
import { DomainValidationError } from '../../lib/errors';
import { appendAudit } from '../audit/service';
import { appendCaseEvent } from '../timeline/events';
import { assertMayContactPerson } from '../network-maps/contact-rules';
import { runStateOf } from './run-state';
import type { MeetingCore } from './service';
import { requireMeetingStatus } from './shared';

type Created = CreateAgreementsResponse['created'];
type Skipped = CreateAgreementsResponse['skipped'];

/**
 * Turns the chosen decisions into part-2 agreements of the network map (issue 7 point 3) in one
 * transaction: each becomes a NetworkAgreement of its network person (AGREED, from the meeting's
 * date to the decision's due date), linked both ways. A person who may no longer be contacted
 * refuses the whole step, naming why. A decision already converted, or without a network person,
 * is skipped and named in the answer, so pressing the button twice does no harm.
 *
 * The agreements live with the person (NetworkAgreement.personId), which is where every map of the
 * case reads part 2 from. The person's version goes up, so a map editor open on the old person sees
 * a conflict and merges instead of saving the agreements away.
 */
export async function createAgreements(
  core: MeetingCore,
  ctx: RequestContext,
  meetingId: string,
  decisionIds: readonly string[],
): Promise<CreateAgreementsResponse> {
  const created: Created = [];
  const skipped: Skipped = [];
  await core.prisma.$transaction(async (tx) => {
    const state = await runStateOf(tx, meetingId);
    requireMeetingStatus(state.status, ['IN_PROGRESS', 'HELD'], 'Aftalerne kan ikke oprettes i netværkskortet');
    const unique = [...new Set(decisionIds)];
    const rows = await tx.meetingDecision.findMany({
      where: { meetingId, id: { in: unique } },
      select: { id: true, what: true, who: true, dueOn: true, networkAgreementId: true, networkPerson: { select: { id: true, name: true } } },
      orderBy: { position: 'asc' },
    });
    const found = new Set(rows.map((row) => row.id));
    const errors: FieldError[] = decisionIds
      .map((id, index) => ({ id, index }))
      .filter(({ id }) => !found.has(id))
      .map(({ index }) => ({ path: `body.decisionIds.${index}`, message: 'Aftalen findes ikke på mødet' }));
    if (errors.length > 0) throw new DomainValidationError('Aftalerne kan ikke oprettes.', errors);

    const today = copenhagenToday(ctx.now);
    const meetingDay = copenhagenToday(state.startedAt ?? state.startsAt);
    for (const decision of rows) {
      if (decision.networkAgreementId) {
        skipped.push({ decisionId: decision.id, reason: 'ALREADY_CREATED' });
        continue;
      }
      const person = decision.networkPerson;
      if (!person) {
        skipped.push({ decisionId: decision.id, reason: 'NO_NETWORK_PERSON' });
        continue;
      }
      await assertMayContactPerson(tx, state.caseId, person.id, today, `Aftalen med ${person.name} kan ikke oprettes i netværkskortet`);
      const endsOn = decision.dueOn;
      // A due date before the meeting cannot be written any more (decisions check it); keep the pair valid anyway.
      const startsOn = endsOn && toIsoDate(endsOn) < meetingDay ? endsOn : fromIsoDate(meetingDay);
      const agreement = await tx.networkAgreement.create({
        data: {
          personId: person.id,
          what: decision.what,
          who: decision.who,
          startsOn,
          endsOn,
          status: 'AGREED',
          meetingDecisionId: decision.id,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        },
        select: { id: true },
      });
      await tx.meetingDecision.update({ where: { id: decision.id }, data: { networkAgreementId: agreement.id, updatedAt: ctx.now } });
      await tx.networkPerson.update({ where: { id: person.id }, data: { version: { increment: 1 }, updatedAt: ctx.now } });
      await appendAudit(tx, ctx, {
        action: 'CREATE',
        entityType: 'NetworkAgreement',
        entityId: agreement.id,
        caseId: state.caseId,
        details: { meetingId, meetingDecisionId: decision.id, personId: person.id, status: 'AGREED' },
      });
      created.push({ decisionId: decision.id, agreementId: agreement.id });
    }
    if (created.length > 0) {
      await appendCaseEvent(tx, ctx, {
        caseId: state.caseId,
        kind: 'meeting.agreementsCreated',
        entityType: 'Meeting',
        entityId: meetingId,
        data: { count: created.length },
      });
    }
  });
  return { meeting: await core.detail(ctx, meetingId), created, skipped };
}
