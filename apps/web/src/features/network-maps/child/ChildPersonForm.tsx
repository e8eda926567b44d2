import {
  NETWORK_RINGS,
  NETWORK_SECTORS,
  type NetworkRing,
  type NetworkSector,
  type RelationQuality,
} from '@inddrag/contracts';
import { useEffect, useId, useRef, useState, type ComponentPropsWithRef } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from '../../../ui/ErrorSummary';
import { TextField } from '../../../ui/TextField';
import { CHILD_TEXT_MAX, EMPTY_CHILD_PERSON, type ChildPersonValues } from './childPerson';

/** The answers once the form is valid. */
export type ChildPersonAnswers = ChildPersonValues & {
  sector: NetworkSector;
  ring: NetworkRing;
  quality: RelationQuality;
};

export interface ChildPlace {
  sector: NetworkSector;
  ring: NetworkRing;
}

export type ChildFormMode =
  | { kind: 'new'; onAdd: (answers: ChildPersonAnswers) => void }
  /** Move a person already on the map: only where and how close. */
  | { kind: 'move'; name: string; place: ChildPlace; onMove: (place: ChildPlace) => void };

interface ChildPersonFormProps {
  mode: ChildFormMode;
  onCancel: () => void;
}

/** The order the child is asked in; the quality words are the drawing's own ("God for mig" …). */
const QUALITY_ORDER: readonly RelationQuality[] = ['SUPPORTIVE', 'MIXED', 'TENUOUS', 'STRESSFUL'];
const FIELDS = ['name', 'relation', 'sector', 'ring', 'quality'] as const;

/**
 * "Tilføj en person" in the child's words: name, who they are to the child, which part of the circle,
 * how close, and how the relation is. Big radio buttons instead of lists. The same form moves a person
 * already on the map (where and how close only), the keyboard's way to do what dragging does.
 */
export function ChildPersonForm({ mode, onCancel }: ChildPersonFormProps) {
  const { t } = useTranslation('networkMaps');
  const formId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [attempt, setAttempt] = useState(0);
  const moving = mode.kind === 'move';
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<ChildPersonValues>({
    // The error summary takes focus and links to each field.
    shouldFocusError: false,
    defaultValues: moving ? { ...EMPTY_CHILD_PERSON, ...mode.place } : EMPTY_CHILD_PERSON,
  });
  const id = (field: (typeof FIELDS)[number]) => `${formId}-${field}`;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const text = (field: 'name' | 'relation', missing: string) =>
    register(field, {
      validate: (value) => {
        const trimmed = value.trim();
        if (trimmed === '') return missing;
        if (trimmed.length > CHILD_TEXT_MAX) return t('child.form.errors.tooLong', { max: CHILD_TEXT_MAX });
        return true;
      },
    });

  const items: SummaryItem[] = FIELDS.flatMap((field) => {
    const message = (errors as FieldErrors<ChildPersonValues>)[field]?.message;
    return message ? [{ fieldId: id(field), message }] : [];
  });

  const submit = handleSubmit(
    (values) => {
      const { sector, ring, quality } = values;
      // The rules above make sure of the choices; the checks only narrow their types.
      if (sector === '' || ring === '') return;
      if (mode.kind === 'move') mode.onMove({ sector, ring });
      else if (quality !== '') mode.onAdd({ ...values, sector, ring, quality });
    },
    () => setAttempt((n) => n + 1),
  );

  const heading = moving ? t('child.form.headingMove', { name: mode.name }) : t('child.form.headingNew');
  return (
    <section className="my-network-form" aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <form noValidate onSubmit={(event) => void submit(event)}>
        {items.length > 0 && <ErrorSummary heading={t('child.form.errorHeading')} items={items} focusKey={attempt} />}
        {!moving && (
          <>
            <TextField
              id={id('name')}
              label={t('child.form.name')}
              hint={t('child.form.nameHint')}
              error={errors.name?.message}
              autoComplete="off"
              {...text('name', t('child.form.errors.name'))}
            />
            <TextField
              id={id('relation')}
              label={t('child.form.relation')}
              hint={t('child.form.relationHint')}
              error={errors.relation?.message}
              autoComplete="off"
              {...text('relation', t('child.form.errors.relation'))}
            />
          </>
        )}
        <ChoiceGroup
          id={id('sector')}
          legend={t('child.form.sector')}
          error={errors.sector?.message}
          options={NETWORK_SECTORS.map((sector) => ({ value: sector, label: t(`child.form.sectorOption.${sector}`) }))}
          {...register('sector', { required: t('child.form.errors.sector') })}
        />
        <ChoiceGroup
          id={id('ring')}
          legend={t('child.form.ring')}
          error={errors.ring?.message}
          options={NETWORK_RINGS.map((ring) => ({ value: ring, label: t(`child.form.ringOption.${ring}`) }))}
          {...register('ring', { required: t('child.form.errors.ring') })}
        />
        {!moving && (
          <ChoiceGroup
            id={id('quality')}
            legend={t('child.form.quality')}
            error={errors.quality?.message}
            options={QUALITY_ORDER.map((quality) => ({ value: quality, label: t(`drawing.childQuality.${quality}`) }))}
            {...register('quality', { required: t('child.form.errors.quality') })}
          />
        )}
        <div className="my-network-actions">
          <button type="submit" className="button button-primary my-network-button">
            {moving ? t('child.form.move') : t('child.form.add')}
          </button>
          <button type="button" className="button button-secondary my-network-button" onClick={onCancel}>
            {t('child.form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

type ChoiceGroupProps = Omit<ComponentPropsWithRef<'input'>, 'id' | 'className' | 'type' | 'value'> & {
  id: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  error?: string | undefined;
};

/** Big radio buttons in a fieldset; the first carries the group's id, so the error summary can focus it. */
function ChoiceGroup({ id, legend, options, error, ...input }: ChoiceGroupProps) {
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'form-group form-error my-network-choices' : 'form-group my-network-choices'}>
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend className="form-label">{legend}</legend>
        {error && (
          <span className="form-error-message" id={errorId}>
            {error}
          </span>
        )}
        <ul className="nobullet-list">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <li key={option.value}>
                <div className="form-group-radio">
                  <input id={optionId} type="radio" className="form-radio" value={option.value} {...input} />
                  <label className="form-label" htmlFor={optionId}>
                    {option.label}
                  </label>
                </div>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}
