import {
  CasePhase,
  CaseRole,
  ConcernStatus,
  MapOccasion,
  MeetingType,
  NetworkPerspective,
  NotificationSource,
  PlanApproval,
  type CaseEvent,
} from '@inddrag/contracts';
import type { TFunction } from 'i18next';
import type da from '../../../i18n/da/caseRegister';

export type TimelineT = TFunction<['caseRegister', 'cases', 'meetings']>;

type FieldKey = keyof typeof da.timeline.field;
const FIELD_KEYS: readonly string[] = [
  'childAddress',
  'responsibleCaseworkerId',
  'assessmentStartedOn',
  'assessmentCompletedOn',
  'firstDecisionOn',
  'placementWithoutConsentOn',
  'planAdoptedOn',
  'measureStartedOn',
  'firstFollowUpOn',
  'nextFollowUpOn',
  'policeDocumentationOn',
  'networkCouncilHeldOn',
] satisfies readonly FieldKey[];
const isFieldKey = (field: string): field is FieldKey => FIELD_KEYS.includes(field);

type MeetingEventKey = 'planned' | 'replanned' | 'cancelled' | 'started' | 'held' | 'minutesShared' | 'fidelityRecorded';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const str = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/**
 * One timeline event in words, from its kind and display data, e.g. "Fase ændret fra Screening
 * til Børnefaglig undersøgelse (01.03.2026)". Unknown values are shown as they are, never dropped.
 * `formatDate` formats a calendar date (`YYYY-MM-DD`).
 */
export function eventText(event: Pick<CaseEvent, 'kind' | 'data'>, t: TimelineT, formatDate: (isoDate: string) => string): string {
  const d = event.data;
  const date = (value: unknown) => {
    const text = str(value);
    return ISO_DATE.test(text) ? formatDate(text) : text;
  };
  const phase = (value: unknown) => {
    const parsed = CasePhase.safeParse(value);
    return parsed.success ? t(`cases:phase.${parsed.data}`) : str(value);
  };
  const role = (value: unknown) => {
    const parsed = CaseRole.safeParse(value);
    return parsed.success ? t(`cases:caseRole.${parsed.data}`) : str(value);
  };
  const meetingType = (value: unknown) => {
    const parsed = MeetingType.safeParse(value);
    return parsed.success ? t(`meetings:type.${parsed.data}`) : str(value);
  };
  const field = (name: string) => (isFieldKey(name) ? t(`caseRegister:timeline.field.${name}`) : name);

  switch (event.kind) {
    case 'case.created':
      return t('caseRegister:timeline.event.case.created', { caseNumber: str(d.caseNumber) });
    case 'case.updated':
      return t('caseRegister:timeline.event.case.updated', {
        fields: str(d.fields)
          .split(',')
          .filter(Boolean)
          .map(field)
          .join(', '),
      });
    case 'notification.registered': {
      const source = NotificationSource.safeParse(d.source);
      const values = {
        source: source.success ? t(`caseRegister:notification.sources.${source.data}`) : str(d.source),
        date: date(d.receivedOn),
      };
      return d.concernsAbuse === true
        ? t('caseRegister:timeline.event.notification.registeredAbuse', values)
        : t('caseRegister:timeline.event.notification.registered', values);
    }
    case 'phase.changed': {
      const values = { from: phase(d.from), to: phase(d.to), date: date(d.changedOn) };
      return d.reason
        ? t('caseRegister:timeline.event.phase.changedReason', { ...values, reason: str(d.reason) })
        : t('caseRegister:timeline.event.phase.changed', values);
    }
    case 'decision.recorded':
      return t('caseRegister:timeline.event.decision.recorded', {
        measure: str(d.measure),
        legalBasis: str(d.legalBasis),
        date: date(d.decidedOn),
      });
    case 'deadlineDates.changed':
      return t('caseRegister:timeline.event.deadlineDates.changed', {
        changes: Object.entries(d)
          .map(([name, value]) =>
            t('caseRegister:timeline.dateChange', {
              field: field(name),
              value: value ? date(value) : t('caseRegister:timeline.noDate'),
            }),
          )
          .join('; '),
      });
    case 'parent.added':
      return d.hasCustody === true
        ? t('caseRegister:timeline.event.parent.addedCustody', { name: str(d.name) })
        : t('caseRegister:timeline.event.parent.added', { name: str(d.name) });
    case 'parent.updated':
      return t('caseRegister:timeline.event.parent.updated', { name: str(d.name) });
    case 'parent.removed':
      return t('caseRegister:timeline.event.parent.removed', { name: str(d.name) });
    case 'sibling.linked':
      return t('caseRegister:timeline.event.sibling.linked', { caseNumber: str(d.caseNumber) });
    case 'sibling.unlinked':
      return t('caseRegister:timeline.event.sibling.unlinked', { caseNumber: str(d.caseNumber) });
    case 'honour.flagged':
      return t('caseRegister:timeline.event.honour.flagged');
    case 'honour.unflagged':
      return t('caseRegister:timeline.event.honour.unflagged');
    case 'honour.riskAssessed':
      return t('caseRegister:timeline.event.honour.riskAssessed', { date: date(d.assessedOn) });
    case 'team.memberAdded':
      return t('caseRegister:timeline.event.team.memberAdded', { name: str(d.name), role: role(d.role) });
    case 'team.memberChanged':
      return t('caseRegister:timeline.event.team.memberChanged', { name: str(d.name), role: role(d.role) });
    case 'team.memberRemoved':
      return t('caseRegister:timeline.event.team.memberRemoved', { name: str(d.name) });
    case 'note.added':
      return t('caseRegister:timeline.event.note.added', { title: str(d.title) });
    case 'note.edited':
      return t('caseRegister:timeline.event.note.edited', { title: str(d.title) });
    case 'note.supplemented':
      return t('caseRegister:timeline.event.note.supplemented', { title: str(d.title) });
    case 'document.uploaded':
      return t('caseRegister:timeline.event.document.uploaded', { title: str(d.title ?? d.fileName) });
    case 'referral.sent':
      return t('caseRegister:timeline.event.referral.sent', { toUnit: str(d.toUnit), measure: str(d.measure) });
    case 'referral.accepted':
      return t('caseRegister:timeline.event.referral.accepted', { toUnit: str(d.toUnit), worker: str(d.worker) });
    case 'referral.returned':
      return t('caseRegister:timeline.event.referral.returned', { toUnit: str(d.toUnit), reason: str(d.reason) });
    case 'referral.withdrawn':
      return t('caseRegister:timeline.event.referral.withdrawn', { toUnit: str(d.toUnit) });
    case 'emergencyAccess.granted':
      return d.reason
        ? t('caseRegister:timeline.event.emergencyAccess.grantedReason', { reason: str(d.reason) })
        : t('caseRegister:timeline.event.emergencyAccess.granted');
    case 'networkMap.created': {
      const perspective = NetworkPerspective.safeParse(d.perspective);
      return t('caseRegister:timeline.event.networkMap.created', {
        perspective: perspective.success ? t(`caseRegister:timeline.event.perspective.${perspective.data}`) : str(d.perspective),
      });
    }
    case 'networkMap.saved': {
      const occasion = MapOccasion.safeParse(d.occasion);
      return t('caseRegister:timeline.event.networkMap.saved', {
        version: str(d.version),
        occasion: occasion.success ? t(`caseRegister:timeline.event.occasion.${occasion.data}`) : str(d.occasion),
      });
    }
    case 'consent.recorded':
      return t('caseRegister:timeline.event.consent.recorded', { person: str(d.person), givenBy: str(d.givenBy) });
    case 'consent.withdrawn':
      return t('caseRegister:timeline.event.consent.withdrawn', { person: str(d.person) });
    case 'concernGround.added':
    case 'concernGround.updated':
      return t(`caseRegister:timeline.event.${event.kind}`, { source: str(d.source), occurredOn: date(d.occurredOn) });
    case 'concern.created':
    case 'concern.updated':
      return t(`caseRegister:timeline.event.${event.kind}`, { number: str(d.number) });
    case 'concern.statusChanged': {
      const status = ConcernStatus.safeParse(d.status);
      return t('caseRegister:timeline.event.concern.statusChanged', {
        number: str(d.number),
        status: status.success ? t(`caseRegister:timeline.event.concern.status.${status.data}`) : str(d.status),
      });
    }
    case 'assessment.created':
    case 'assessment.updated':
      return t(`caseRegister:timeline.event.${event.kind}`, { assessedOn: date(d.assessedOn), purpose: str(d.purpose) });
    case 'scale.recorded':
      return t('caseRegister:timeline.event.scale.recorded', { count: typeof d.count === 'number' ? d.count : 1 });
    case 'scale.withdrawn':
      return t('caseRegister:timeline.event.scale.withdrawn', { respondent: str(d.respondent) });
    case 'safetyPlan.created':
      return t('caseRegister:timeline.event.safetyPlan.created');
    case 'safetyPlan.saved':
      return t('caseRegister:timeline.event.safetyPlan.saved', { version: str(d.version) });
    case 'safetyPlan.activated':
      return t('caseRegister:timeline.event.safetyPlan.activated', { startsOn: date(d.startsOn) });
    case 'safetyPlan.reviewed':
      return t('caseRegister:timeline.event.safetyPlan.reviewed', { heldOn: date(d.heldOn) });
    case 'safetyPlan.closed':
      return t('caseRegister:timeline.event.safetyPlan.closed', { closedOn: date(d.closedOn) });
    case 'meeting.planned':
    case 'meeting.replanned':
    case 'meeting.cancelled':
    case 'meeting.started':
    case 'meeting.held':
    case 'meeting.minutesShared':
    case 'meeting.fidelityRecorded':
      return t(`caseRegister:timeline.event.meeting.${event.kind.slice('meeting.'.length) as MeetingEventKey}`, {
        type: meetingType(d.type),
        met: str(d.met),
        total: str(d.total),
      });
    case 'meeting.agreementsCreated':
      return t('caseRegister:timeline.event.meeting.agreementsCreated', { count: typeof d.count === 'number' ? d.count : 1 });
    case 'actionPlan.created':
      return t('caseRegister:timeline.event.actionPlan.created');
    case 'actionPlan.saved':
      return t('caseRegister:timeline.event.actionPlan.saved', { number: str(d.number) });
    case 'actionPlan.proposed':
      return t('caseRegister:timeline.event.actionPlan.proposed', { number: str(d.number) });
    case 'actionPlan.approved':
      return t('caseRegister:timeline.event.actionPlan.approved', { number: str(d.number) });
    case 'actionPlan.shared':
      return t('caseRegister:timeline.event.actionPlan.shared');
    case 'followUp.recorded':
      return t('caseRegister:timeline.event.followUp.recorded', { heldOn: date(d.heldOn), next: date(d.nextFollowUpOn) });
    case 'meeting.planApproved': {
      const decision = PlanApproval.safeParse(d.decision);
      return t('caseRegister:timeline.event.meeting.planApproved', {
        decision: decision.success ? t(`caseRegister:timeline.event.meeting.approval.${decision.data}`) : str(d.decision),
      });
    }
  }
}
