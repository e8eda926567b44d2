import { FIDELITY_ITEMS, type MeetingDetail } from '@inddrag/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isMeetingConflict } from '../../../api/meetings';
import { meetingRunCalls } from '../../../api/meetingRun';
import { useFormatters } from '../../../i18n/useFormatters';
import { CheckboxField } from '../../../ui/CheckboxField';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TextAreaField } from '../../../ui/TextField';

/**
 * Method fidelity, after the meeting (issue 7 point 7): on the meeting screen once the meeting is
 * held, above the notes, because the facilitator fills it in right after finishing.
 */
interface FidelitySectionProps {
  meeting: MeetingDetail;
  /** Runs a versioned write after the autosave (see useRunAutosave). */
  exclusive: (write: (version: number) => Promise<MeetingDetail>) => Promise<MeetingDetail>;
}

export function FidelitySection({ meeting, exclusive }: FidelitySectionProps) {
  const { t } = useTranslation(['meetingRun', 'meetings']);
  const format = useFormatters();
  const [done, setDone] = useState<Record<string, boolean>>(() => Object.fromEntries(meeting.fidelity.items.map((i) => [i.item, i.done])));
  const [note, setNote] = useState(meeting.fidelity.note ?? '');
  const [message, setMessage] = useState('');
  const save = useMutation({
    mutationFn: () =>
      exclusive((version) =>
        meetingRunCalls.fidelity(meeting.id, {
          version,
          items: FIDELITY_ITEMS[meeting.type].map((item) => ({ item, done: done[item] ?? false, note: null })),
          note: note.trim() || null,
        }),
      ),
  });
  const recorded = meeting.fidelity.recordedAt;
  return (
    <section className="run-section run-fidelity" aria-labelledby="run-fidelity-heading">
      <h2 id="run-fidelity-heading" className="h3">
        {t('meetingRun:fidelity.heading')}
      </h2>
      {recorded && (
        <p>
          {t('meetingRun:fidelity.recorded', {
            date: format.date(recorded),
            name: meeting.fidelity.recordedBy?.name ?? '',
            met: meeting.fidelity.items.filter((i) => i.done).length,
            total: meeting.fidelity.items.length,
          })}
        </p>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setMessage('');
          save.mutate(undefined, { onSuccess: () => setMessage(t('meetingRun:fidelity.saved')) });
        }}
      >
        <fieldset>
          <legend>{t('meetingRun:fidelity.text', { type: t(`meetings:type.${meeting.type}`).toLowerCase() })}</legend>
          {FIDELITY_ITEMS[meeting.type].map((item) => (
            <CheckboxField
              key={item}
              label={t(`meetingRun:fidelity.items.${item}` as 'meetingRun:fidelity.items.SCALING_DONE')}
              checked={done[item] ?? false}
              onChange={(checked) => setDone((all) => ({ ...all, [item]: checked }))}
            />
          ))}
        </fieldset>
        <TextAreaField id="run-fidelity-note" label={t('meetingRun:fidelity.note')} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
        {save.isError && (
          <ErrorBanner error={save.error} heading={isMeetingConflict(save.error) ? t('meetingRun:conflict.heading') : t('meetingRun:fidelity.error')} />
        )}
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t('meetingRun:fidelity.saving') : t('meetingRun:fidelity.submit')}
        </button>
      </form>
      <StatusMessage>{message}</StatusMessage>
    </section>
  );
}
