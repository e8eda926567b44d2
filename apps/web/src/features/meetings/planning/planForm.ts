import {
  MeetingPlanFields,
  MeetingType,
  type MeetingDetail,
  type MeetingRole,
  type MeetingRoleInput,
  type PlanMeetingRequest,
  OptionalDateInputValue,
} from '@inddrag/contracts';
import type { FieldPath, UseFormSetError } from 'react-hook-form';
import { z } from 'zod';
import { isApiError } from '../../../api/ApiError';
import { copenhagenParts, copenhagenToIso } from './localTime';

/** The role select's value for "someone without a login: write the name". */
export const NAMED = 'name';

const role = z.object({ choice: z.string(), name: z.string().trim().max(200, 'Navnet må højst være 200 tegn') });
const time = z.string().regex(/^\d{2}:\d{2}$/, 'Skriv tidspunktet som tt:mm');

/**
 * The plan as the form holds it: the contract's fields, with the start and end as a Copenhagen date
 * and times, and each role as a choice (a user's id, "name", or none) and a name.
 */
export const PlanForm = MeetingPlanFields.pick({
  purpose: true,
  agenda: true,
  place: true,
  neutralVenue: true,
  initiator: true,
  noteKind: true,
})
  .extend({
    type: MeetingType,
    date: z.iso.date({ error: 'Vælg mødets dato' }),
    startTime: time,
    endTime: z.union([z.literal(''), time]),
    inviter: role,
    leader: role,
    noteTaker: role,
    coordinatorId: z.string(),
    policeDocumentationOn: OptionalDateInputValue,
    followUpOfId: z.string(),
  })
  .superRefine((values, ctx) => {
    if (values.endTime && values.endTime <= values.startTime)
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Mødet skal slutte efter, det begynder' });
    for (const key of ['inviter', 'leader', 'noteTaker'] as const)
      if (values[key].choice === NAMED && !values[key].name)
        ctx.addIssue({ code: 'custom', path: [key, 'name'], message: 'Skriv navnet' });
  });
export type PlanFormValues = z.input<typeof PlanForm>;
export type PlanFormOutput = z.output<typeof PlanForm>;

const emptyRole = { choice: '', name: '' };

export const newPlanValues = (type: MeetingType = 'NETWORK_MEETING'): PlanFormValues => ({
  type,
  purpose: '',
  agenda: '',
  date: '',
  startTime: '',
  endTime: '',
  place: '',
  neutralVenue: false,
  initiator: '',
  inviter: emptyRole,
  leader: emptyRole,
  noteTaker: emptyRole,
  noteKind: 'BESLUTNINGSNOTAT',
  coordinatorId: '',
  policeDocumentationOn: '',
  followUpOfId: '',
});

const roleValues = (r: MeetingRole) =>
  r.user ? { choice: r.user.id, name: '' } : r.name ? { choice: NAMED, name: r.name } : emptyRole;

export function planValuesOf(meeting: MeetingDetail): PlanFormValues {
  const start = copenhagenParts(meeting.startsAt);
  return {
    type: meeting.type,
    purpose: meeting.purpose,
    agenda: meeting.agenda,
    date: start.date,
    startTime: start.time,
    endTime: meeting.endsAt ? copenhagenParts(meeting.endsAt).time : '',
    place: meeting.place,
    neutralVenue: meeting.neutralVenue,
    initiator: meeting.initiator,
    inviter: roleValues(meeting.inviter),
    leader: roleValues(meeting.leader),
    noteTaker: roleValues(meeting.noteTaker),
    noteKind: meeting.noteKind,
    coordinatorId: meeting.coordinator?.id ?? '',
    policeDocumentationOn: meeting.policeDocumentationOn ?? '',
    followUpOfId: meeting.followUpOfId ?? '',
  };
}

const roleInput = (r: PlanFormOutput['leader']): MeetingRoleInput =>
  r.choice === NAMED ? { userId: null, name: r.name || null } : { userId: r.choice || null, name: null };

/** The form's values as the plan request (times from Copenhagen to UTC). */
export function toPlanRequest(values: PlanFormOutput): PlanMeetingRequest {
  return {
    type: values.type,
    purpose: values.purpose,
    agenda: values.agenda,
    startsAt: copenhagenToIso(values.date, values.startTime),
    endsAt: values.endTime ? copenhagenToIso(values.date, values.endTime) : null,
    place: values.place,
    neutralVenue: values.neutralVenue,
    initiator: values.initiator,
    inviter: roleInput(values.inviter),
    leader: roleInput(values.leader),
    noteTaker: roleInput(values.noteTaker),
    noteKind: values.noteKind,
    coordinatorId: values.type === 'FAMILY_GROUP_CONFERENCE' ? values.coordinatorId || null : null,
    policeDocumentationOn: values.type === 'NETWORK_COUNCIL' ? values.policeDocumentationOn || null : null,
    followUpOfId: values.type === 'FOLLOW_UP_MEETING' ? values.followUpOfId || null : null,
  };
}

/** Where an API field error shows in the form (`body.leader.userId` → `leader.choice`). */
export function formPathOf(apiPath: string): FieldPath<PlanFormValues> | null {
  const path = apiPath.replace(/^body\./, '');
  if (path === 'startsAt') return 'date';
  if (path === 'endsAt') return 'endTime';
  const roleMatch = /^(inviter|leader|noteTaker)\.(userId|name)$/.exec(path);
  if (roleMatch) return `${roleMatch[1] as 'leader'}.${roleMatch[2] === 'name' ? 'name' : 'choice'}`;
  const known = [
    'type',
    'purpose',
    'agenda',
    'place',
    'initiator',
    'noteKind',
    'coordinatorId',
    'policeDocumentationOn',
    'followUpOfId',
  ];
  return known.includes(path) ? (path as FieldPath<PlanFormValues>) : null;
}

/** Puts a 400's field errors on the form; returns every message for the summary. */
export function applyServerErrors(error: unknown, setError: UseFormSetError<PlanFormValues>) {
  if (!isApiError(error)) return [];
  const items = error.fieldErrors.map((fieldError) => ({
    path: formPathOf(fieldError.path),
    message: fieldError.message,
  }));
  for (const item of items) if (item.path) setError(item.path, { type: 'server', message: item.message });
  return items;
}

/** The DOM id of a form path's field, for the error summary's links. */
export const fieldIdOf = (formId: string, path: string) => `${formId}-${path.replace(/\./g, '-')}`;
