import type { MeetingDetail } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/ApiError';
import { useCancelMeeting } from '../../../api/meetingPlanning';
import { TextAreaField } from '../../../ui/TextField';
import { RuleError } from './RuleError';
import type { ConflictHandler } from './useMeetingConflict';

/** "Aflys mødet", with the reason; a cancelled network council still leaves the case's deadline running. */
export function CancelMeetingForm({ meeting, onConflict }: { meeting: MeetingDetail; onConflict: ConflictHandler }) {
  const { t } = useTranslation('meetings');
  const headingId = useId();
  const id = useId().replace(/:/g, '');
  const cancel = useCancelMeeting(meeting.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const fieldError = isApiError(cancel.error)
    ? cancel.error.fieldErrors.find((e) => e.path === 'body.reason')?.message
    : undefined;

  if (!open) {
    return (
      <section className="meeting-section" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('cancel.heading')}</h2>
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          {t('cancel.open')}
        </button>
      </section>
    );
  }
  return (
    <section className="meeting-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('cancel.heading')}</h2>
      {meeting.type === 'NETWORK_COUNCIL' && <p>{t('cancel.councilNote')}</p>}
      <form
        noValidate
        aria-labelledby={headingId}
        onSubmit={(event) => {
          event.preventDefault();
          if (!reason.trim()) {
            setMissing(true);
            document.getElementById(`${id}-reason`)?.focus();
            return;
          }
          setMissing(false);
          cancel.mutate({ version: meeting.version, reason }, { onError: (error) => void onConflict(error) });
        }}
      >
        <TextAreaField
          id={`${id}-reason`}
          label={t('cancel.reason')}
          error={missing ? t('cancel.reasonMissing') : fieldError}
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        {cancel.isError && !fieldError && !(isApiError(cancel.error) && cancel.error.status === 409) && (
          <RuleError error={cancel.error} heading={t('cancel.error')} />
        )}
        <div className="meeting-buttons">
          <button type="submit" className="button button-primary" disabled={cancel.isPending}>
            {t('cancel.submit')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
            {t('cancel.keep')}
          </button>
        </div>
      </form>
    </section>
  );
}
