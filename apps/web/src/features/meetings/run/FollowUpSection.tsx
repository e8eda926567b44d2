import type { FollowUpContext } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n/useFormatters';
import { networkMapPaths } from '../../network-maps/paths';

/** A follow-up meeting revisits the last meeting's agreements, the latest scores, the plan's goals and the network map. */
export function FollowUpSection({ caseId, meetingId, followUp }: { caseId: string; meetingId: string; followUp: FollowUpContext }) {
  const { t } = useTranslation('meetingRun');
  const format = useFormatters();
  const mapLink = followUp.map
    ? `${networkMapPaths.editor(caseId, followUp.map.id)}?anledning=OPFOELGNINGSMOEDE&moede=${encodeURIComponent(meetingId)}`
    : null;
  return (
    <section className="run-section" aria-labelledby="run-follow-up-heading">
      <h2 id="run-follow-up-heading" className="h3">
        {t('followUp.heading')}
      </h2>
      {followUp.previousMeeting && followUp.previousDecisions.length > 0 ? (
        <table className="table table--compact">
          <caption>{t('followUp.previous', { date: format.date(followUp.previousMeeting.startsAt) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('decisions.what')}</th>
              <th scope="col">{t('decisions.who')}</th>
              <th scope="col">{t('decisions.dueOn')}</th>
              <th scope="col">{t('followUp.status')}</th>
            </tr>
          </thead>
          <tbody>
            {followUp.previousDecisions.map((d) => (
              <tr key={d.id}>
                <td>{d.what}</td>
                <td>{d.who}</td>
                <td>{d.dueOn ? format.calendarDate(d.dueOn) : '–'}</td>
                <td>{d.agreementStatus ? t(`followUp.agreementStatus.${d.agreementStatus}` as 'followUp.agreementStatus.AGREED') : t('followUp.noStatus')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('followUp.noPrevious')}</p>
      )}
      <h3 className="h5">{t('followUp.scores')}</h3>
      {followUp.latestScores.length === 0 ? (
        <p>{t('followUp.noScores')}</p>
      ) : (
        <ul className="run-score-list">
          {followUp.latestScores.map((s) => (
            <li key={`${s.perspective}-${s.respondent}`}>
              {t('scores.respondentScore', { respondent: s.respondent, score: s.score })} ({format.calendarDate(s.scoredOn)})
            </li>
          ))}
        </ul>
      )}
      <h3 className="h5">{t('followUp.planGoals')}</h3>
      {followUp.planGoals.length === 0 ? (
        <p>{t('followUp.noPlanGoals')}</p>
      ) : (
        <ul className="run-score-list" data-testid="follow-up-plan-goals">
          {followUp.planGoals.map((goal) => (
            <li key={goal.id}>
              {goal.goal}
              {goal.reviewOn && ` (${t('followUp.goalReview', { date: format.calendarDate(goal.reviewOn) })})`}
            </li>
          ))}
        </ul>
      )}
      {mapLink ? (
        <p>
          <Link to={mapLink} className="button button-secondary" aria-describedby="run-revise-hint">
            {t('followUp.reviseMap')}
          </Link>{' '}
          <span id="run-revise-hint" className="form-hint">
            {followUp.mapRevisedAtMeeting ? t('followUp.mapRevised') : t('followUp.reviseMapHint')}
          </span>
        </p>
      ) : (
        <p>{t('followUp.noMap')}</p>
      )}
    </section>
  );
}
