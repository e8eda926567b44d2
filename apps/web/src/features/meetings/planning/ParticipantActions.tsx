import {
  InvitationChannel,
  type MeetingDetail,
  type MeetingParticipant,
  type UpdateParticipantRequest,
} from '@inddrag/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/ApiError';
import { useRemoveParticipant, useUpdateParticipant } from '../../../api/meetingPlanning';
import { copenhagenToday } from '../../../i18n/today';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { SelectInput, TextAreaField, TextField } from '../../../ui/TextField';
import { copenhagenToIso } from './localTime';
import type { ConflictHandler } from './useMeetingConflict';

interface Props {
  meeting: MeetingDetail;
  participant: MeetingParticipant;
  onConflict: ConflictHandler;
  onClose: () => void;
}

/** One participant: record the invitation sent, the reply, expectations aligned; or remove. */
export function ParticipantActions({ meeting, participant, onConflict, onClose }: Props) {
  const { t } = useTranslation('meetings');
  const id = useId().replace(/:/g, '');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const update = useUpdateParticipant(meeting.id);
  const remove = useRemoveParticipant(meeting.id);
  const today = copenhagenToday();
  const [sentOn, setSentOn] = useState(today);
  const [channel, setChannel] = useState<InvitationChannel>(participant.channel ?? 'LETTER');
  const [alignedOn, setAlignedOn] = useState(participant.expectationsAlignedOn ?? today);
  const [note, setNote] = useState(participant.expectationsNote ?? '');
  const [done, setDone] = useState('');
  useEffect(() => headingRef.current?.focus(), []);

  const send = (request: Omit<UpdateParticipantRequest, 'version'>, message: string) =>
    update.mutate(
      { participantId: participant.id, version: participant.version, ...request },
      { onSuccess: () => setDone(message), onError: (error) => void onConflict(error) },
    );
  const failed = update.isError && !(isApiError(update.error) && update.error.status === 409) ? update.error : null;
  const removeFailed =
    remove.isError && !(isApiError(remove.error) && remove.error.status === 409) ? remove.error : null;
  const fieldError = (field: string) =>
    isApiError(update.error) ? update.error.fieldErrors.find((e) => e.path === `body.${field}`)?.message : undefined;

  return (
    <div className="meeting-participant-actions" data-testid="participant-actions">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('participants.actionsHeading', { name: participant.name })}
      </h3>
      <StatusMessage>{done}</StatusMessage>
      {failed && <ErrorBanner error={failed} heading={t('participants.saveError')} />}
      <fieldset className="meeting-fieldset">
        <legend className="h4">{t('participants.sentLegend')}</legend>
        <div className="meeting-plan-when">
          <TextField
            id={`${id}-sent`}
            type="date"
            max={today}
            label={t('participants.sentOn')}
            error={fieldError('invitedAt')}
            width="m"
            value={sentOn}
            onChange={(e) => setSentOn(e.target.value)}
          />
          <SelectInput
            id={`${id}-channel`}
            label={t('participants.channel')}
            error={fieldError('channel')}
            value={channel}
            onChange={(e) => setChannel(e.target.value as InvitationChannel)}
          >
            {InvitationChannel.options.map((value) => (
              <option key={value} value={value}>
                {t(`channel.${value}`)}
              </option>
            ))}
          </SelectInput>
        </div>
        <button
          type="button"
          className="button button-secondary"
          disabled={update.isPending || !sentOn}
          onClick={() =>
            send({ invitedAt: sentAt(sentOn, today), channel }, t('participants.sentDone', { name: participant.name }))
          }
        >
          {t('participants.markSent')}
        </button>
      </fieldset>
      <fieldset className="meeting-fieldset">
        <legend className="h4">{t('participants.replyLegend')}</legend>
        <div className="meeting-buttons">
          {(['COMING', 'NOT_COMING'] as const).map((reply) => (
            <button
              key={reply}
              type="button"
              className={participant.reply === reply ? 'button button-primary' : 'button button-secondary'}
              aria-pressed={participant.reply === reply}
              disabled={update.isPending}
              onClick={() =>
                send({ reply }, t('participants.replyDone', { name: participant.name, reply: t(`reply.${reply}`) }))
              }
            >
              {t(`reply.${reply}`)}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset className="meeting-fieldset">
        <legend className="h4">{t('participants.alignLegend')}</legend>
        <p className="form-hint">{t('participants.alignHint')}</p>
        <TextField
          id={`${id}-aligned`}
          type="date"
          max={today}
          label={t('participants.alignedOn')}
          error={fieldError('expectationsAlignedOn')}
          width="m"
          value={alignedOn}
          onChange={(e) => setAlignedOn(e.target.value)}
        />
        <TextAreaField
          id={`${id}-note`}
          label={t('participants.alignNote')}
          error={fieldError('expectationsNote')}
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <button
          type="button"
          className="button button-secondary"
          disabled={update.isPending || !alignedOn}
          onClick={() =>
            send(
              { expectationsAlignedOn: alignedOn, expectationsNote: note || null },
              t('participants.alignDone', { name: participant.name }),
            )
          }
        >
          {t('participants.saveAlign')}
        </button>
      </fieldset>
      {removeFailed && <ErrorBanner error={removeFailed} heading={t('participants.removeError')} />}
      <div className="meeting-buttons">
        {!(participant.mandatory && meeting.type === 'NETWORK_COUNCIL') && (
          <button
            type="button"
            className="button button-secondary"
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(
                { participantId: participant.id, version: participant.version },
                { onSuccess: onClose, onError: (error) => void onConflict(error) },
              )
            }
          >
            {t('participants.remove', { name: participant.name })}
          </button>
        )}
        <button type="button" className="button button-unstyled function-link" onClick={onClose}>
          {t('participants.close')}
        </button>
      </div>
    </div>
  );
}

/** An invitation sent today is recorded as sent a moment ago (never ahead of the server's clock); an earlier one at noon. */
function sentAt(day: string, today: string): string {
  return day === today ? new Date(Date.now() - 60_000).toISOString() : copenhagenToIso(day, '12:00');
}
