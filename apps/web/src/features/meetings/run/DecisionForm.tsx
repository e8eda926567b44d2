import { zodResolver } from '@hookform/resolvers/zod';
import { IsoDate, MeetingDecisionInput, MeetingDecisionKind, type MeetingDetail } from '@inddrag/contracts';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SelectInput, TextAreaField, TextField } from '../../../ui/TextField';
import { Spinner } from '../../../ui/Spinner';

const DecisionForm = MeetingDecisionInput.pick({ what: true, who: true }).extend({
  kind: MeetingDecisionKind,
  participantId: z.string(),
  dueOn: z.union([z.literal(''), IsoDate]),
});
type DecisionValues = z.input<typeof DecisionForm>;
type DecisionOutput = z.output<typeof DecisionForm>;

export interface DecisionFields {
  kind: z.infer<typeof MeetingDecisionKind>;
  what: string;
  who: string;
  networkPersonId: string | null;
  responsibleUserId: string | null;
  dueOn: string | null;
}

interface DecisionFormProps {
  meeting: MeetingDetail;
  saving: boolean;
  /** Resolves true when saved, so the form is emptied for the next one. */
  onAdd: (fields: DecisionFields) => Promise<boolean>;
}

/** "Tilføj aftale": what, who (a participant from the network, a professional, or words), by when. */
export function DecisionFormFields({ meeting, saving, onAdd }: DecisionFormProps) {
  const { t } = useTranslation('meetingRun');
  const empty: DecisionValues = { kind: 'AGREEMENT', what: '', who: '', participantId: '', dueOn: '' };
  const { register, handleSubmit, setValue, reset, formState: { errors } } = useForm<DecisionValues, unknown, DecisionOutput>({
    resolver: zodResolver(DecisionForm),
    defaultValues: empty,
  });
  const choices = meeting.participants.filter((p) => p.networkPersonId || p.userId);
  const submit = handleSubmit(async (values) => {
    const participant = meeting.participants.find((p) => p.id === values.participantId);
    const added = await onAdd({
      kind: values.kind,
      what: values.what,
      who: values.who,
      networkPersonId: participant?.networkPersonId ?? null,
      responsibleUserId: participant?.userId ?? null,
      dueOn: values.dueOn || null,
    });
    if (added) reset(empty);
  });
  const participantField = register('participantId');
  return (
    <form noValidate className="run-decision-form" aria-labelledby="run-decision-form-heading" onSubmit={(event) => void submit(event)}>
      <h3 id="run-decision-form-heading" className="h4">
        {t('decisions.add')}
      </h3>
      <TextAreaField id="run-decision-what" label={t('decisions.what')} rows={2} error={errors.what && t('decisions.errors.what')} {...register('what')} />
      <SelectInput
        id="run-decision-participant"
        label={t('decisions.whoPerson')}
        hint={t('decisions.whoPersonHint')}
        {...participantField}
        onChange={(event) => {
          void participantField.onChange(event);
          const participant = meeting.participants.find((p) => p.id === event.target.value);
          if (participant) setValue('who', participant.name, { shouldValidate: false });
        }}
      >
        <option value="">{t('decisions.whoOther')}</option>
        {choices.map((p) => (
          <option key={p.id} value={p.id}>
            {`${p.name} (${p.relation})`}
          </option>
        ))}
      </SelectInput>
      <TextField id="run-decision-who" label={t('decisions.whoText')} hint={t('decisions.whoTextHint')} error={errors.who && t('decisions.errors.who')} {...register('who')} />
      <TextField id="run-decision-due" type="date" label={t('decisions.dueOn')} width="m" {...register('dueOn')} />
      <SelectInput id="run-decision-kind" label={t('decisions.kind')} {...register('kind')}>
        {MeetingDecisionKind.options.map((kind) => (
          <option key={kind} value={kind}>
            {t(`decisions.kinds.${kind}`)}
          </option>
        ))}
      </SelectInput>
      <button type="submit" className="button button-secondary" disabled={saving}>
        {saving ? (
          <>
            <Spinner /> {t('decisions.adding')}
          </>
        ) : (
          t('decisions.add')
        )}
      </button>
    </form>
  );
}
