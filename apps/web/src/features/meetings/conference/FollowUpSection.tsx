import type { MeetingDetail } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { meetingPaths } from '../paths';

/** The follow-up conference: plan one (type and "follows up" preselected) and the ones planned. */
export function FollowUpSection({ meeting, canPlan }: { meeting: MeetingDetail; canPlan: boolean }) {
  const { t } = useTranslation('conferences');
  const headingId = useId();
  const planUrl = `${meetingPaths.plan(meeting.caseId)}?${new URLSearchParams({ type: 'FAMILY_GROUP_CONFERENCE', followUpOf: meeting.id }).toString()}`;
  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="conference-follow-up">
      <h2 id={headingId}>{t('followUp.heading')}</h2>
      {meeting.followUpOfId && (
        <p>
          {t('followUp.of')} <Link to={meetingPaths.conference(meeting.followUpOfId)}>{t('followUp.previous')}</Link>
        </p>
      )}
      {meeting.followUpIds.length === 0 ? (
        <p>{t('followUp.none')}</p>
      ) : (
        <>
          <h3>{t('followUp.list')}</h3>
          <ul>
            {meeting.followUpIds.map((followUpId, index) => (
              <li key={followUpId}>
                <Link to={meetingPaths.meeting(followUpId)}>{t('followUp.item', { number: index + 1 })}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {canPlan && (
        <p>
          <Link to={planUrl} className="button button-secondary">
            {t('followUp.plan')}
          </Link>
        </p>
      )}
    </section>
  );
}
