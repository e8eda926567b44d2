import type { MeetingDetail, MeetingRole } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';
import { StatusMessage } from '../../../ui/StatusMessage';
import { EditPlanForm } from './EditPlanForm';
import type { ConflictHandler } from './useMeetingConflict';

/** The plan as facts, with "Ret planen" opening the same fields as a form. */
export function PlanSection({ meeting, onConflict }: { meeting: MeetingDetail; onConflict: ConflictHandler }) {
  const { t } = useTranslation('meetings');
  const format = useFormatters();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState('');
  const role = (r: MeetingRole) => r.name ?? t('meeting.none');
  const rows: [string, string][] = [
    [t('plan.purpose'), meeting.purpose],
    [t('plan.agenda'), meeting.agenda || t('meeting.none')],
    [
      t('meeting.when'),
      meeting.endsAt
        ? `${format.dateTime(meeting.startsAt)}–${format.dateTime(meeting.endsAt).slice(-5)}`
        : format.dateTime(meeting.startsAt),
    ],
    [t('plan.place'), `${meeting.place}${meeting.neutralVenue ? ` (${t('meeting.neutral')})` : ''}`],
    [t('plan.initiator'), meeting.initiator],
    [t('plan.role.inviter'), role(meeting.inviter)],
    [t('plan.role.leader'), role(meeting.leader)],
    [t('plan.role.noteTaker'), `${role(meeting.noteTaker)} · ${t(`noteKind.${meeting.noteKind}`)}`],
  ];
  if (meeting.type === 'FAMILY_GROUP_CONFERENCE')
    rows.push([t('plan.coordinator'), meeting.coordinator?.name ?? t('meeting.none')]);

  return (
    <section className="meeting-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('meeting.plan')}</h2>
      <StatusMessage>{saved}</StatusMessage>
      {editing ? (
        <EditPlanForm
          key={meeting.version}
          meeting={meeting}
          onConflict={(error) => {
            const handled = onConflict(error);
            if (handled) setEditing(false);
            return handled;
          }}
          onDone={(message) => {
            setSaved(message);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <dl className="meeting-facts" data-testid="meeting-plan">
            {rows.map(([label, value]) => (
              <div key={label} style={{ display: 'contents' }}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {meeting.can.plan && (
            <button
              type="button"
              className="button button-secondary mt-4"
              onClick={() => {
                setSaved('');
                setEditing(true);
              }}
            >
              {t('meeting.editPlan')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
