import type { MeetingDetail, MeetingParticipant } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n/useFormatters';
import { meetingPaths } from '../paths';
import { ParticipantActions } from './ParticipantActions';
import type { ConflictHandler } from './useMeetingConflict';

/** Who is invited: relation, invitation sent, reply, expectations aligned; actions per participant. */
export function ParticipantsSection({ meeting, onConflict }: { meeting: MeetingDetail; onConflict: ConflictHandler }) {
  const { t } = useTranslation('meetings');
  const format = useFormatters();
  const headingId = useId();
  const [open, setOpen] = useState<string | null>(null);
  const chosen = meeting.participants.find((p) => p.id === open) ?? null;
  const invitation = (p: MeetingParticipant) =>
    p.invitedAt
      ? t('participants.invitedOn', {
          date: format.date(p.invitedAt),
          channel: p.channel ? t(`channel.${p.channel}`) : '',
        })
      : t('participants.notInvited');

  return (
    <section className="meeting-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('participants.heading')}</h2>
      {meeting.participants.length === 0 ? (
        <p>{t('participants.none')}</p>
      ) : (
        <div className="meeting-table-wrap">
          <table className="table table--compact" data-testid="participants-table">
            <caption className="sr-only">{t('participants.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('participants.name')}</th>
                <th scope="col">{t('participants.relation')}</th>
                <th scope="col">{t('participants.kind')}</th>
                <th scope="col">{t('participants.invitation')}</th>
                <th scope="col">{t('participants.reply')}</th>
                <th scope="col">{t('participants.expectations')}</th>
                <th scope="col">{t('participants.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {meeting.participants.map((p) => (
                <tr key={p.id} data-participant={p.name}>
                  <th scope="row">
                    {p.name}
                    {p.mandatory && <span className="meeting-tag"> ({t('participants.mandatory')})</span>}
                    {p.isInformant && <span className="meeting-tag"> ({t('participants.informant')})</span>}
                  </th>
                  <td>{p.relation}</td>
                  <td>{t(`participantKind.${p.kind}`)}</td>
                  <td>{invitation(p)}</td>
                  <td>{t(`reply.${p.reply}`)}</td>
                  <td>
                    {p.expectationsAlignedOn
                      ? format.calendarDate(p.expectationsAlignedOn)
                      : t('participants.notAligned')}
                  </td>
                  <td>
                    <ul className="nobullet-list">
                      <li>
                        <Link to={meetingPaths.invitation(meeting.id, p.id)}>
                          {t('participants.letter', { name: p.name })}
                        </Link>
                      </li>
                      {meeting.can.plan && (
                        <li>
                          <button
                            type="button"
                            className="button button-unstyled function-link"
                            aria-expanded={open === p.id}
                            onClick={() => setOpen(open === p.id ? null : p.id)}
                          >
                            {t('participants.record', { name: p.name })}
                          </button>
                        </li>
                      )}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {chosen && meeting.can.plan && (
        <ParticipantActions
          key={chosen.id}
          meeting={meeting}
          participant={chosen}
          onConflict={onConflict}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}
