import type { MeetingCandidate, MeetingDetail } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddParticipants } from '../../../api/meetingPlanning';
import { Spinner } from '../../../ui/Spinner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { RuleError } from './RuleError';

const keyOf = (candidate: MeetingCandidate) => JSON.stringify(candidate.ref);

/**
 * "Invitér": the child, the custody holders, the network map's persons and the case team. Someone
 * the map's consent and risk rules block is shown, disabled, with the reasons: the worker sees why.
 */
export function InvitePanel({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const headingId = useId();
  const formId = useId().replace(/:/g, '');
  const add = useAddParticipants(meeting.id);
  const [chosen, setChosen] = useState<string[]>([]);
  const [done, setDone] = useState('');
  const candidates = meeting.candidates.filter((candidate) => !candidate.alreadyInvited);
  const toggle = (key: string, on: boolean) =>
    setChosen((keys) => (on ? [...keys, key] : keys.filter((k) => k !== key)));

  const submit = () => {
    const refs = candidates.filter((candidate) => chosen.includes(keyOf(candidate))).map((candidate) => candidate.ref);
    if (refs.length === 0) return;
    add.mutate(
      { participants: refs },
      {
        onSuccess: () => {
          setDone(t('invite.done', { n: refs.length }));
          setChosen([]);
        },
      },
    );
  };

  return (
    <section className="meeting-section" aria-labelledby={headingId} data-testid="invite-panel">
      <h2 id={headingId}>{t('invite.heading')}</h2>
      <StatusMessage>{done}</StatusMessage>
      {candidates.length === 0 ? (
        <p>{t('invite.none')}</p>
      ) : (
        <fieldset className="meeting-fieldset">
          <legend className="form-label">{t('invite.legend')}</legend>
          <p className="form-hint">{t('invite.hint')}</p>
          <ul className="nobullet-list meeting-candidates">
            {candidates.map((candidate, index) => {
              const key = keyOf(candidate);
              const id = `${formId}-${index}`;
              const blocked = !candidate.contact.allowed;
              return (
                <li key={key} className="form-group-checkbox">
                  <input
                    id={id}
                    type="checkbox"
                    className="form-checkbox"
                    disabled={blocked}
                    checked={chosen.includes(key)}
                    aria-describedby={blocked ? `${id}-blocked` : `${id}-relation`}
                    onChange={(event) => toggle(key, event.target.checked)}
                  />
                  <label className="form-label" htmlFor={id}>
                    {candidate.name}
                  </label>
                  <span className="form-hint" id={`${id}-relation`}>
                    {candidate.relation}
                    {candidate.isProfessional ? ` · ${t('participantKind.PROFESSIONAL')}` : ''}
                  </span>
                  {blocked && (
                    <span className="meeting-blocked" id={`${id}-blocked`} data-testid="blocked-reason">
                      {t('invite.blocked', {
                        reasons: candidate.contact.blocks.map((block) => block.message).join(' '),
                      })}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      {add.isError && <RuleError error={add.error} heading={t('invite.error')} />}
      {candidates.length > 0 && (
        <button
          type="button"
          className="button button-primary"
          disabled={add.isPending || chosen.length === 0}
          onClick={submit}
        >
          {add.isPending ? (
            <>
              <Spinner /> {t('invite.saving')}
            </>
          ) : (
            t('invite.submit', { n: chosen.length })
          )}
        </button>
      )}
    </section>
  );
}
