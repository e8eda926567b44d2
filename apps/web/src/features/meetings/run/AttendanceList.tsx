import type { MeetingDetail } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../ui/CheckboxField';
import type { RunDraft } from './runDraft';

interface AttendanceListProps {
  meeting: MeetingDetail;
  draft: RunDraft;
  onChange: (change: (draft: RunDraft) => RunDraft) => void;
  disabled: boolean;
}

/** Who came: one checkbox per invited participant, saved with the run document. */
export function AttendanceList({ meeting, draft, onChange, disabled }: AttendanceListProps) {
  const { t } = useTranslation(['meetingRun', 'meetings']);
  return (
    <fieldset className="run-section run-attendance" disabled={disabled}>
      <legend className="h3">{t('meetingRun:attendance.heading')}</legend>
      {meeting.participants.length === 0 ? (
        <p>{t('meetingRun:attendance.none')}</p>
      ) : (
        <>
          <p className="form-hint">{t('meetingRun:attendance.hint')}</p>
          {meeting.participants.map((participant) => (
            <CheckboxField
              key={participant.id}
              label={t('meetingRun:attendance.attended', { name: participant.name, relation: participant.relation })}
              checked={draft.attendance[participant.id] === true}
              onChange={(checked) => onChange((d) => ({ ...d, attendance: { ...d.attendance, [participant.id]: checked } }))}
            />
          ))}
        </>
      )}
    </fieldset>
  );
}
