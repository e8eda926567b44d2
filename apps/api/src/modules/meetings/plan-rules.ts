import type { FieldError, MeetingPlanFields, MeetingRoleInput, MeetingType } from '@inddrag/contracts';
import type { RequestContext } from '../../lib/context';
import { DomainValidationError } from '../../lib/errors';
import type { Tx } from './shared';

type PlanFields = Pick<MeetingPlanFields, 'startsAt' | 'endsAt' | 'coordinatorId'> & {
  inviter?: MeetingRoleInput;
  leader?: MeetingRoleInput;
  noteTaker?: MeetingRoleInput;
};

const ROLE_LABEL = { inviter: 'Indkalderen', leader: 'Mødelederen', noteTaker: 'Referenten' } as const;

/** The role columns of a plan: a user, or a name when the role is held by someone without a login. */
function roleColumns(fields: PlanFields) {
  const column = (role: MeetingRoleInput | undefined) => ({
    userId: role?.userId ?? null,
    name: role?.userId ? null : role?.name?.trim() || null,
  });
  const inviter = column(fields.inviter);
  const leader = column(fields.leader);
  const noteTaker = column(fields.noteTaker);
  return {
    inviterUserId: inviter.userId,
    inviterName: inviter.name,
    leaderUserId: leader.userId,
    leaderName: leader.name,
    noteTakerUserId: noteTaker.userId,
    noteTakerName: noteTaker.name,
  };
}

/** The columns the plan's fields set, as planning and changing the plan write them. */
export function planColumns(fields: MeetingPlanFields) {
  return {
    purpose: fields.purpose,
    agenda: fields.agenda,
    startsAt: new Date(fields.startsAt),
    endsAt: fields.endsAt ? new Date(fields.endsAt) : null,
    place: fields.place,
    neutralVenue: fields.neutralVenue,
    initiator: fields.initiator,
    ...roleColumns(fields),
    noteKind: fields.noteKind,
  };
}

/**
 * The rules of a plan: anyone on the case team may invite (seed 002) and take notes; the leader is
 * on the team or one of the municipality's facilitators; a conference's coordinator is a
 * coordinator (samordner) of the municipality who is not on the case team (he is independent).
 */
export async function validatePlanFields(
  tx: Tx,
  ctx: RequestContext,
  caseId: string,
  type: MeetingType,
  fields: PlanFields,
): Promise<void> {
  const errors: FieldError[] = [];
  if (fields.endsAt && fields.endsAt <= fields.startsAt)
    errors.push({ path: 'body.endsAt', message: 'Mødet skal slutte efter, det begynder' });

  const team = new Set(
    (await tx.caseTeamMember.findMany({ where: { caseId, removedAt: null, user: { active: true } }, select: { userId: true } })).map(
      (member) => member.userId,
    ),
  );
  for (const key of ['inviter', 'leader', 'noteTaker'] as const) {
    const userId = fields[key]?.userId;
    if (!userId || team.has(userId)) continue;
    if (key === 'leader') {
      const facilitator = await tx.user.count({
        where: { id: userId, municipalityId: ctx.actor.municipalityId, role: 'FACILITATOR', active: true },
      });
      if (facilitator > 0) continue;
      errors.push({ path: `body.${key}.userId`, message: `${ROLE_LABEL[key]} skal være på sagens team eller være mødeleder i kommunen` });
    } else {
      errors.push({ path: `body.${key}.userId`, message: `${ROLE_LABEL[key]} skal være på sagens team` });
    }
  }

  if (fields.coordinatorId) {
    if (type !== 'FAMILY_GROUP_CONFERENCE') {
      errors.push({ path: 'body.coordinatorId', message: 'Kun en familierådslagning har en samordner' });
    } else {
      const coordinator = await tx.user.count({
        where: { id: fields.coordinatorId, municipalityId: ctx.actor.municipalityId, role: 'COORDINATOR', active: true },
      });
      if (coordinator === 0) errors.push({ path: 'body.coordinatorId', message: 'Vælg en samordner' });
      else if (team.has(fields.coordinatorId))
        errors.push({ path: 'body.coordinatorId', message: 'Samordneren skal være uafhængig og må ikke være på sagens team' });
    }
  }
  if (errors.length > 0) throw new DomainValidationError('Mødet kan ikke planlægges.', errors);
}
