import { zodResolver } from '@hookform/resolvers/zod';
import {
  CreateNetworkMapRequest,
  MapOccasion,
  NetworkPerspective,
  Uuid,
  type NetworkMapDetail,
  type NetworkMapSummary,
} from '@inddrag/contracts';
import { useId, useState, type RefObject } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useCreateNetworkMap } from '../../api/networkMaps';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ErrorSummary, type SummaryItem } from '../../ui/ErrorSummary';
import { Spinner } from '../../ui/Spinner';
import { SelectInput, TextField } from '../../ui/TextField';

/** The create request as the form holds it: "no copy" is an empty choice. */
const CreateFields = CreateNetworkMapRequest.omit({ copyFromMapId: true }).extend({
  copyFromMapId: z.union([z.literal(''), Uuid]),
});
type Input = z.input<typeof CreateFields>;
type Output = z.output<typeof CreateFields>;
type Field = 'perspective' | 'perspectiveOf' | 'occasion' | 'copyFromMapId';

interface CreateMapFormProps {
  caseId: string;
  /** The case's maps, to start from a copy of one. */
  maps: readonly NetworkMapSummary[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  onCreated: (detail: NetworkMapDetail) => void;
}

/** "Opret netværkskort": perspective, whose it is, the occasion, and optionally a copy of another map. */
export function CreateMapForm({ caseId, maps, headingRef, onCreated }: CreateMapFormProps) {
  const { t } = useTranslation('networkMaps');
  const formId = useId();
  const create = useCreateNetworkMap(caseId);
  const [attempt, setAttempt] = useState(0);
  const ids: Record<Field, string> = {
    perspective: `${formId}-perspective`,
    perspectiveOf: `${formId}-perspectiveOf`,
    occasion: `${formId}-occasion`,
    copyFromMapId: `${formId}-copy`,
  };
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(CreateFields),
    defaultValues: { perspective: 'CHILD', perspectiveOf: '', occasion: '' as MapOccasion, copyFromMapId: '' },
    shouldFocusError: false,
  });

  const message = (field: Field): string | undefined => {
    if (!errors[field]) return undefined;
    if (field === 'occasion') return t('maps.create.errors.occasion');
    if (field === 'perspectiveOf') return t('maps.create.errors.perspectiveOf');
    return errors[field]?.message;
  };
  const items: SummaryItem[] = (['perspective', 'perspectiveOf', 'occasion', 'copyFromMapId'] as const).flatMap(
    (field) => {
      const text = message(field);
      return text ? [{ fieldId: ids[field], message: text }] : [];
    },
  );

  const onValid = (values: Output) => {
    setAttempt((n) => n + 1);
    const perspectiveOf = values.perspectiveOf?.trim() ? values.perspectiveOf.trim() : null;
    create.mutate(
      {
        perspective: values.perspective,
        perspectiveOf,
        occasion: values.occasion,
        ...(values.copyFromMapId ? { copyFromMapId: values.copyFromMapId } : {}),
      },
      { onSuccess: onCreated },
    );
  };
  const busy = create.isPending;

  return (
    <section className="network-map-create" aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`} ref={headingRef} tabIndex={-1}>
        {t('maps.create.heading')}
      </h2>
      <form noValidate onSubmit={handleSubmit(onValid, () => setAttempt((n) => n + 1))}>
        {items.length > 0 && <ErrorSummary items={items} focusKey={attempt} />}
        {create.isError && <ErrorBanner error={create.error} heading={t('maps.create.error')} />}
        <SelectInput id={ids.perspective} label={t('maps.create.perspective')} {...register('perspective')}>
          {NetworkPerspective.options.map((perspective) => (
            <option key={perspective} value={perspective}>
              {t(`maps.perspective.${perspective}`)}
            </option>
          ))}
        </SelectInput>
        <TextField
          id={ids.perspectiveOf}
          label={t('maps.create.perspectiveOf')}
          hint={t('maps.create.perspectiveOfHint')}
          error={message('perspectiveOf')}
          width="l"
          maxLength={100}
          autoComplete="off"
          {...register('perspectiveOf')}
        />
        <SelectInput id={ids.occasion} label={t('maps.create.occasion')} error={message('occasion')} {...register('occasion')}>
          <option value="">{t('maps.create.chooseOccasion')}</option>
          {MapOccasion.options.map((occasion) => (
            <option key={occasion} value={occasion}>
              {t(`maps.occasion.${occasion}`)}
            </option>
          ))}
        </SelectInput>
        {maps.length > 0 && (
          <SelectInput
            id={ids.copyFromMapId}
            label={t('maps.create.copyFrom')}
            hint={t('maps.create.copyHint')}
            {...register('copyFromMapId')}
          >
            <option value="">{t('maps.create.copyNone')}</option>
            {maps.map((map) => (
              <option key={map.id} value={map.id}>
                {t('maps.create.copyMap', {
                  perspective: map.perspectiveOf
                    ? `${t(`maps.perspective.${map.perspective}`)} (${map.perspectiveOf})`
                    : t(`maps.perspective.${map.perspective}`),
                  version: map.version,
                })}
              </option>
            ))}
          </SelectInput>
        )}
        <button
          type="submit"
          className="button button-primary"
          aria-disabled={busy}
          onClick={(event) => {
            if (busy) event.preventDefault();
          }}
        >
          {busy && <Spinner />}
          <span>{busy ? t('maps.create.submitting') : t('maps.create.submit')}</span>
        </button>
      </form>
    </section>
  );
}
