import type { MeetingMinutes } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';

const Paragraphs = ({ text, empty }: { text: string; empty: string }) => <p className="minutes-text">{text.trim() || empty}</p>;

/** The minutes as an A4 page: the same sections, in the same order, as the PDF (minutes-document.ts). */
export function MinutesView({ minutes }: { minutes: MeetingMinutes }) {
  const { t } = useTranslation(['meetingRun', 'meetings']);
  const format = useFormatters();
  const m = (key: string) => t(`meetingRun:minutes.${key}` as 'meetingRun:minutes.empty');
  const people = (list: MeetingMinutes['present']) =>
    list.length === 0 ? <p>{m('nobody')}</p> : <ul>{list.map((p, i) => <li key={i}>{`${p.name} (${p.relation})`}</li>)}</ul>;
  return (
    <article className="minutes-page" aria-labelledby="minutes-title">
      <p className="minutes-sender">{minutes.municipalityName}</p>
      <h2 id="minutes-title">
        {t('meetingRun:minutes.heading', { noteKind: t(`meetings:noteKind.${minutes.noteKind}`), type: t(`meetings:type.${minutes.type}`) })}
      </h2>
      <p className="minutes-audience">{minutes.audience === 'NETWORK' ? m('network') : m('professional')}</p>
      <dl className="minutes-facts" aria-label={m('facts')}>
        <dt>{m('child')}</dt>
        <dd>{minutes.childFirstName}</dd>
        {minutes.caseNumber && (
          <>
            <dt>{m('caseNumber')}</dt>
            <dd>{minutes.caseNumber}</dd>
          </>
        )}
        <dt>{m('purpose')}</dt>
        <dd>{minutes.purpose}</dd>
        <dt>{m('when')}</dt>
        <dd>{format.dateTime(minutes.heldAt ?? minutes.startsAt)}</dd>
        <dt>{m('place')}</dt>
        <dd>{minutes.place}</dd>
        <dt>{m('leader')}</dt>
        <dd>{minutes.leaderName ?? m('empty')}</dd>
        <dt>{m('noteTaker')}</dt>
        <dd>{minutes.noteTakerName ?? m('empty')}</dd>
      </dl>
      <h3>{m('present')}</h3>
      {people(minutes.present)}
      {minutes.absent.length > 0 && (
        <>
          <h3>{m('absent')}</h3>
          {people(minutes.absent)}
        </>
      )}
      <h3>{t('meetingRun:fields.worries')}</h3>
      <Paragraphs text={minutes.worries} empty={m('empty')} />
      <h3>{t('meetingRun:fields.workingWell')}</h3>
      <Paragraphs text={minutes.workingWell} empty={m('empty')} />
      <h3>{t('meetingRun:fields.nextSteps')}</h3>
      <Paragraphs text={minutes.nextSteps} empty={m('empty')} />
      {minutes.phases.length > 0 && (
        <>
          <h3>{m('phaseNotes')}</h3>
          {minutes.phases.map((entry) => (
            <section key={entry.phase} aria-label={t(`meetings:phase.${entry.phase}`)}>
              <h4>{t(`meetings:phase.${entry.phase}`)}</h4>
              <Paragraphs text={entry.notes} empty={m('empty')} />
            </section>
          ))}
        </>
      )}
      {minutes.familyPlan !== null && (
        <>
          <h3>{m('familyPlan')}</h3>
          <Paragraphs text={minutes.familyPlan} empty={m('empty')} />
        </>
      )}
      {minutes.questions.length > 0 && (
        <table className="table table--compact">
          <caption>{m('questions')}</caption>
          <thead>
            <tr>
              <th scope="col">{m('question')}</th>
              <th scope="col">{m('answer')}</th>
            </tr>
          </thead>
          <tbody>
            {minutes.questions.map((q, i) => (
              <tr key={i}>
                <td>{q.text}</td>
                <td>{q.answer || m('empty')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {minutes.planApproval && (
        <>
          <h3>{m('approval')}</h3>
          <p>{minutes.planApproval}</p>
        </>
      )}
      <h3>{m('decisions')}</h3>
      {minutes.decisions.length === 0 ? (
        <p>{m('noDecisions')}</p>
      ) : (
        <table className="table table--compact">
          <caption className="sr-only">{m('decisions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('meetingRun:decisions.what')}</th>
              <th scope="col">{t('meetingRun:decisions.who')}</th>
              <th scope="col">{t('meetingRun:decisions.dueOn')}</th>
              <th scope="col">{t('meetingRun:decisions.kind')}</th>
            </tr>
          </thead>
          <tbody>
            {minutes.decisions.map((d, i) => (
              <tr key={i}>
                <td>{d.what}</td>
                <td>{d.who}</td>
                <td>{d.dueOn ? format.calendarDate(d.dueOn) : m('empty')}</td>
                <td>{t(`meetingRun:decisions.kinds.${d.kind}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {minutes.scores.length > 0 && (
        <table className="table table--compact">
          <caption>{m('scores')}</caption>
          <thead>
            <tr>
              <th scope="col">{m('respondent')}</th>
              <th scope="col">{m('score')}</th>
              <th scope="col">{m('reason')}</th>
            </tr>
          </thead>
          <tbody>
            {minutes.scores.map((s, i) => (
              <tr key={i}>
                <td>{s.respondent}</td>
                <td>{s.score}</td>
                <td>{s.reason ?? m('empty')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{m('nextMeeting')}</h3>
      <p>{minutes.nextMeetingAt ? format.dateTime(minutes.nextMeetingAt) : m('notAgreed')}</p>
      {minutes.nextMeetingNote && <p>{minutes.nextMeetingNote}</p>}
      {minutes.audience === 'PROFESSIONAL' && minutes.professionalNotes !== null && (
        <section className="minutes-professional" aria-labelledby="minutes-professional-heading">
          <h3 id="minutes-professional-heading">{m('professionalNotes')}</h3>
          <Paragraphs text={minutes.professionalNotes} empty={m('empty')} />
        </section>
      )}
    </article>
  );
}
