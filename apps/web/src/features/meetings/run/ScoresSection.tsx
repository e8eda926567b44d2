import { zodResolver } from '@hookform/resolvers/zod';
import { DEFAULT_SCALE_QUESTION, ScaleScoreInput, type MeetingDetail, type MeetingParticipant, type ScalePerspective } from '@inddrag/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useRecordMeetingScores } from '../../../api/meetingRun';
import { copenhagenToday } from '../../../i18n/today';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Spinner } from '../../../ui/Spinner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TextAreaField } from '../../../ui/TextField';
import { applyScoreRowErrors, emptyScaleScoreRow, ScaleScoreFields, ScaleScoreRow, toScaleScoreInputs, type RespondentSuggestion } from '../../scaling';

const ScoresForm = z.object({
  question: ScaleScoreInput.shape.question,
  scores: z.array(ScaleScoreRow).min(1).max(50),
});
type ScoresValues = z.input<typeof ScoresForm>;
type ScoresOutput = z.output<typeof ScoresForm>;

/** Whose view a participant's score gives. */
export function perspectiveOf(participant: MeetingParticipant): ScalePerspective {
  if (participant.kind === 'CHILD') return 'CHILD';
  if (participant.kind === 'CUSTODY_HOLDER') return 'PARENT';
  return participant.isProfessional ? 'PROFESSIONAL' : 'NETWORK';
}

interface ScoresSectionProps {
  meeting: MeetingDetail;
  /** The participants ticked as present on the screen (the run document, ahead of the server). */
  attended: readonly string[];
  disabled: boolean;
}

/**
 * Scaling at the meeting: one row per participant who came (everyone invited before attendance is
 * taken), the perspective by the kind of participant. The screen remounts it when attendance changes.
 */
export function ScoresSection({ meeting, attended, disabled }: ScoresSectionProps) {
  const { t } = useTranslation('meetingRun');
  const record = useRecordMeetingScores(meeting.id);
  const [message, setMessage] = useState('');
  const [serverMessages, setServerMessages] = useState<string[]>([]);
  const came = meeting.participants.filter((p) => attended.includes(p.id));
  const rowsFor = (came.length > 0 ? came : meeting.participants).map((p) => ({
    ...emptyScaleScoreRow(perspectiveOf(p)),
    respondent: p.name,
    networkPersonId: p.networkPersonId,
    respondentUserId: p.userId,
  }));
  const suggestions: RespondentSuggestion[] = meeting.participants.map((p) => ({
    name: p.name,
    perspective: perspectiveOf(p),
    ...(p.networkPersonId ? { networkPersonId: p.networkPersonId } : {}),
    ...(p.userId ? { respondentUserId: p.userId } : {}),
  }));
  const { control, register, handleSubmit, setError, reset, formState: { errors } } = useForm<ScoresValues, unknown, ScoresOutput>({
    resolver: zodResolver(ScoresForm),
    defaultValues: { question: DEFAULT_SCALE_QUESTION, scores: rowsFor.length > 0 ? rowsFor : [emptyScaleScoreRow('NETWORK')] },
  });
  const submit = handleSubmit((values) => {
    setMessage('');
    setServerMessages([]);
    const scores = toScaleScoreInputs(values.scores, { statementId: null, scoredOn: copenhagenToday(), question: values.question }, suggestions);
    record.mutate(
      { scores },
      {
        onSuccess: () => {
          setMessage(t('scores.saved'));
          reset({ question: values.question, scores: [emptyScaleScoreRow('NETWORK')] });
        },
        onError: (error) => setServerMessages(applyScoreRowErrors(error, setError, 'scores')),
      },
    );
  });
  return (
    <section className="run-section" aria-labelledby="run-scores-heading">
      <h2 id="run-scores-heading" className="h3">
        {t('scores.heading')}
      </h2>
      <h3 className="h5" id="run-scores-recorded">
        {t('scores.recorded')}
      </h3>
      {meeting.scores.length === 0 ? (
        <p>{t('scores.none')}</p>
      ) : (
        <ul className="run-score-list" aria-labelledby="run-scores-recorded">
          {meeting.scores.map((score) => (
            <li key={score.id}>{t('scores.respondentScore', { respondent: score.respondent, score: score.score })}</li>
          ))}
        </ul>
      )}
      {!disabled && (
        <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="run-scores-heading">
          {record.isError && <ErrorBanner error={record.error} heading={serverMessages.join(' ') || t('scores.error')} />}
          <TextAreaField id="run-scores-question" label={t('scores.question')} rows={2} error={errors.question?.message} {...register('question')} />
          <ScaleScoreFields control={control} name="scores" idPrefix="run-scores" suggestions={suggestions} />
          <button type="submit" className="button button-secondary" disabled={record.isPending}>
            {record.isPending ? (
              <>
                <Spinner /> {t('scores.saving')}
              </>
            ) : (
              t('scores.submit')
            )}
          </button>
        </form>
      )}
      <StatusMessage>{message}</StatusMessage>
    </section>
  );
}
