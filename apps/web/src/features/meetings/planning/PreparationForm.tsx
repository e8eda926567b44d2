import { PREPARATION_ITEMS, type MeetingDetail, type PreparationItem } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/ApiError';
import { useSavePreparation } from '../../../api/meetingPlanning';
import { Spinner } from '../../../ui/Spinner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TextField } from '../../../ui/TextField';
import { RuleError } from './RuleError';
import type { ConflictHandler } from './useMeetingConflict';

type Entry = { done: boolean; note: string };

/** The preparation checklist (Socialstyrelsen): each item ticked, with a note; saved together. */
export function PreparationForm({ meeting, onConflict }: { meeting: MeetingDetail; onConflict: ConflictHandler }) {
  const { t } = useTranslation('meetings');
  const headingId = useId();
  const formId = useId().replace(/:/g, '');
  const save = useSavePreparation(meeting.id);
  const [done, setDone] = useState('');
  const [entries, setEntries] = useState<Record<string, Entry>>(() =>
    Object.fromEntries(meeting.preparation.map((item) => [item.item, { done: item.done, note: item.note ?? '' }])),
  );
  const disabled = !meeting.can.plan;
  const set = (item: string, change: Partial<Entry>) =>
    setEntries((all) => ({ ...all, [item]: { ...(all[item] ?? { done: false, note: '' }), ...change } }));

  const submit = () =>
    save.mutate(
      {
        version: meeting.version,
        items: PREPARATION_ITEMS.map((item: PreparationItem) => ({
          item,
          done: entries[item]?.done ?? false,
          note: entries[item]?.note || null,
        })),
      },
      { onSuccess: () => setDone(t('preparation.saved')), onError: (error) => void onConflict(error) },
    );
  const failed = save.isError && !(isApiError(save.error) && save.error.status === 409) ? save.error : null;

  return (
    <section className="meeting-section" aria-labelledby={headingId} data-testid="preparation">
      <h2 id={headingId}>{t('preparation.heading')}</h2>
      <StatusMessage>{done}</StatusMessage>
      <p className="form-hint">{t('preparation.hint')}</p>
      <ul className="nobullet-list">
        {PREPARATION_ITEMS.map((item) => {
          const id = `${formId}-${item}`;
          return (
            <li key={item} className="form-group-checkbox">
              <input
                id={id}
                type="checkbox"
                className="form-checkbox"
                disabled={disabled}
                checked={entries[item]?.done ?? false}
                onChange={(event) => set(item, { done: event.target.checked })}
              />
              <label className="form-label" htmlFor={id}>
                {t(`preparation.item.${item}`)}
              </label>
              <TextField
                id={`${id}-note`}
                label={t('preparation.note', { item: t(`preparation.item.${item}`) })}
                groupClassName="meeting-hint"
                disabled={disabled}
                value={entries[item]?.note ?? ''}
                onChange={(event) => set(item, { note: event.target.value })}
                width="xl"
              />
            </li>
          );
        })}
      </ul>
      {failed && <RuleError error={failed} heading={t('preparation.error')} />}
      {!disabled && (
        <button type="button" className="button button-primary" disabled={save.isPending} onClick={submit}>
          {save.isPending ? (
            <>
              <Spinner /> {t('plan.saving')}
            </>
          ) : (
            t('preparation.save')
          )}
        </button>
      )}
    </section>
  );
}
