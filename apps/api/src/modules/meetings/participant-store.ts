import type { ParticipantRef } from '@inddrag/contracts';
import type { RequestContext } from '../../lib/context';
import { copenhagenToday } from '../../lib/dates';
import { NotFoundError, RuleViolationError } from '../../lib/errors';
import { networkContactBlocked, NETWORK_CONTACT_BLOCKED_REASON } from '../cases/network-contact';
import { assertMayContactPerson } from '../network-maps/contact-rules';
import { ROLE_TEXT } from './candidates';
import type { Tx } from './shared';

interface Resolved {
  kind: ParticipantRef['kind'];
  networkPersonId: string | null;
  userId: string | null;
  caseParentId: string | null;
  name: string;
  relation: string;
}

/** Who a reference points at, checked against the case and the map's contact rules. */
async function resolve(tx: Tx, caseId: string, ref: ParticipantRef, today: string): Promise<Resolved> {
  const none = { networkPersonId: null, userId: null, caseParentId: null };
  switch (ref.kind) {
    case 'CHILD': {
      const kase = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { childFirstName: true, childLastName: true } });
      return { ...none, kind: 'CHILD', name: `${kase.childFirstName} ${kase.childLastName}`, relation: 'Barnet/den unge' };
    }
    case 'CUSTODY_HOLDER': {
      const parent = await tx.caseParent.findFirst({
        where: { id: ref.caseParentId, caseId, removedAt: null },
        select: { name: true, hasCustody: true, case: { select: { honourConflictSuspected: true, honourRiskAssessedOn: true } } },
      });
      if (!parent) throw new NotFoundError('Forælderen findes ikke på sagen.');
      if (!parent.hasCustody) throw new RuleViolationError(`${parent.name} har ikke forældremyndighed.`);
      if (networkContactBlocked(parent.case))
        throw new RuleViolationError(`${parent.name} kan ikke inviteres til mødet: ${NETWORK_CONTACT_BLOCKED_REASON}`);
      return { ...none, kind: 'CUSTODY_HOLDER', caseParentId: ref.caseParentId, name: parent.name, relation: 'Forældremyndighedsindehaver' };
    }
    case 'NETWORK_PERSON': {
      const person = await tx.networkPerson.findFirst({ where: { id: ref.networkPersonId, caseId }, select: { name: true, relation: true } });
      if (!person) throw new NotFoundError('Personen findes ikke i sagens netværk.');
      await assertMayContactPerson(tx, caseId, ref.networkPersonId, today, `${person.name} kan ikke inviteres til mødet`);
      return { ...none, kind: 'NETWORK_PERSON', networkPersonId: ref.networkPersonId, name: person.name, relation: person.relation };
    }
    case 'PROFESSIONAL': {
      const member = await tx.caseTeamMember.findFirst({
        where: { caseId, userId: ref.userId, removedAt: null, user: { active: true } },
        select: { user: { select: { name: true, role: true } } },
      });
      if (!member) throw new RuleViolationError('Kun medlemmer af sagens team kan inviteres som fagpersoner.');
      return { ...none, kind: 'PROFESSIONAL', userId: ref.userId, name: member.user.name, relation: ROLE_TEXT[member.user.role] ?? 'Fagperson' };
    }
  }
}

const sameRef = (a: ParticipantRef, b: ParticipantRef) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Adds participants to a meeting, each checked against the case and the map's consent and risk
 * rules (a refused person refuses the whole request, naming why). Someone already invited is skipped.
 * Returns the ids of the participants added.
 */
export async function insertParticipants(
  tx: Tx,
  ctx: RequestContext,
  caseId: string,
  meetingId: string,
  refs: readonly ParticipantRef[],
  options: { mandatory?: boolean } = {},
): Promise<string[]> {
  const today = copenhagenToday(ctx.now);
  const unique = refs.filter((ref, index) => refs.findIndex((other) => sameRef(ref, other)) === index);
  const existing = await tx.meetingParticipant.findMany({
    where: { meetingId },
    select: { kind: true, networkPersonId: true, userId: true, caseParentId: true, position: true },
  });
  let position = existing.reduce((max, row) => Math.max(max, row.position), -1);
  const added: string[] = [];
  for (const ref of unique) {
    const resolved = await resolve(tx, caseId, ref, today);
    const already = existing.some(
      (row) =>
        row.kind === resolved.kind &&
        row.networkPersonId === resolved.networkPersonId &&
        row.userId === resolved.userId &&
        row.caseParentId === resolved.caseParentId,
    );
    if (already) continue;
    position += 1;
    const row = await tx.meetingParticipant.create({
      data: { meetingId, position, mandatory: options.mandatory ?? false, ...resolved },
      select: { id: true },
    });
    existing.push({ ...resolved, position });
    added.push(row.id);
  }
  return added;
}
