import type { MeetingDetail } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrivateFamilyTime } from '../../../api/conferences';
import { useFormatters } from '../../../i18n/useFormatters';
import { useConflictRecovery, WriteError } from './conferenceWrites';

/** Private family time on the conference page. */
export function PrivateTimeSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('conferences');
  const headingId = useId();
  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="conference-private-time">
      <h2 id={headingId}>{t('privateTime.heading')}</h2>
      <PrivateTimeControls meeting={meeting} />
    </section>
  );
}

/**
 * The notice that professionals leave the room, what has been recorded, and start/end while the
 * meeting runs (the app records that it was held: no professionals were present).
 */
export function PrivateTimeControls({
  meeting,
  exclusive,
}: {
  meeting: MeetingDetail;
  /** On the meeting screen: the write waits for the autosave and takes the version it left. */
  exclusive?: (write: (version: number) => Promise<MeetingDetail>) => Promise<MeetingDetail>;
}) {
  const { t } = useTranslation('conferences');
  const format = useFormatters();
  const privateTime = usePrivateFamilyTime(meeting.id);
  const recover = useConflictRecovery();
  const conference = meeting.conference;
  if (!conference) return null;
  const { privateTimeStartedAt: startedAt, privateTimeEndedAt: endedAt } = conference;
  const running = startedAt !== null && endedAt === null;
  const canRecord = meeting.can.run && meeting.status === 'IN_PROGRESS';
  const act = (action: 'START' | 'END') => {
    const write = (version: number) => privateTime.mutateAsync({ version, action });
    (exclusive ? exclusive(write) : write(meeting.version)).catch(recover);
  };
  return (
    <>
      <div className={`alert ${running ? 'alert-warning' : 'alert-info'}`} data-testid="private-time-notice">
        <div className="alert-body">
          <p className="alert-text">{t('privateTime.notice')}</p>
        </div>
      </div>
      <p role="status" data-testid="private-time-status">
        {running && startedAt
          ? t('privateTime.running', { time: format.dateTime(startedAt) })
          : conference.privateTimeHeld && startedAt && endedAt
            ? t('privateTime.held', { from: format.dateTime(startedAt), to: format.dateTime(endedAt) })
            : t('privateTime.notHeld')}
      </p>
      <WriteError error={privateTime.error} heading={t('privateTime.error')} />
      {canRecord ? (
        <button type="button" className="button button-primary" disabled={privateTime.isPending} onClick={() => act(running ? 'END' : 'START')}>
          {privateTime.isPending ? t('privateTime.working') : running ? t('privateTime.end') : t('privateTime.start')}
        </button>
      ) : (
        meeting.can.run && meeting.status === 'PLANNED' && <p>{t('privateTime.onlyDuring')}</p>
      )}
    </>
  );
}
