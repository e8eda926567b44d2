import type { MeetingDetail, MeetingParticipant } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateInformant } from '../../../api/conferences';
import { CheckboxField } from '../../../ui/CheckboxField';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TextAreaField } from '../../../ui/TextField';
import { useConflictRecovery, WriteError } from './conferenceWrites';

/** Information givers: professional participants marked as informants, each with a short briefing. */
export function InformantsSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('conferences');
  const headingId = useId();
  const professionals = meeting.participants.filter((p) => p.isProfessional);
  const informants = professionals.filter((p) => p.isInformant);
  const editable = meeting.can.plan;
  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="conference-informants">
      <h2 id={headingId}>{t('informants.heading')}</h2>
      <p>{t('informants.intro')}</p>
      {professionals.length === 0 && <p>{t('informants.none')}</p>}
      {editable
        ? professionals.map((participant) => (
            <InformantForm key={participant.id} meeting={meeting} participant={participant} />
          ))
        : professionals.length > 0 && <InformantList informants={informants} />}
    </section>
  );
}

/** The informants and their briefings, to read (also the meeting screen's information part). */
export function InformantList({ informants }: { informants: readonly MeetingParticipant[] }) {
  const { t } = useTranslation('conferences');
  if (informants.length === 0) return <p>{t('informants.noneChosen')}</p>;
  return (
    <dl className="conference-informants">
      {informants.map((informant) => (
        <div key={informant.id}>
          <dt>
            {informant.name} ({informant.relation})
          </dt>
          <dd className="preserve-lines">{informant.briefing || t('panels.noBriefing')}</dd>
        </div>
      ))}
    </dl>
  );
}

function InformantForm({ meeting, participant }: { meeting: MeetingDetail; participant: MeetingParticipant }) {
  const { t } = useTranslation('conferences');
  const id = useId();
  const update = useUpdateInformant(meeting.id);
  const recover = useConflictRecovery();
  const [isInformant, setInformant] = useState(participant.isInformant);
  const [briefing, setBriefing] = useState(participant.briefing ?? '');
  const [saved, setSaved] = useState(false);
  const tooLong = briefing.length > 4000;
  const name = participant.name;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (tooLong) return;
    update.mutate(
      { participantId: participant.id, version: participant.version, isInformant, briefing: isInformant ? briefing : null },
      { onSuccess: () => setSaved(true), onError: recover },
    );
  };
  return (
    <form noValidate onSubmit={submit} className="conference-informant" aria-label={name}>
      <WriteError error={update.error} heading={t('informants.saveError')} />
      <CheckboxField label={t('informants.isInformant', { name })} checked={isInformant} onChange={(checked) => { setInformant(checked); setSaved(false); }} />
      {isInformant && (
        <TextAreaField
          id={`${id}-briefing`}
          label={t('informants.briefing', { name })}
          hint={t('informants.briefingHint')}
          rows={3}
          value={briefing}
          error={tooLong ? t('informants.briefingHint') : undefined}
          onChange={(event) => { setBriefing(event.target.value); setSaved(false); }}
        />
      )}
      <button type="submit" className="button button-secondary" disabled={update.isPending}>
        {update.isPending ? t('informants.saving') : t('informants.save', { name })}
      </button>
      <StatusMessage>{saved ? t('informants.saved') : ''}</StatusMessage>
    </form>
  );
}
