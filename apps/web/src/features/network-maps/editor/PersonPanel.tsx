import { zodResolver } from '@hookform/resolvers/zod';
import {
  AgreementStatus,
  ContactFrequency,
  MapPerson,
  NETWORK_RINGS,
  NETWORK_SECTORS,
  NetworkPerspective,
  RelationQuality,
  Willingness,
  type ContactStatus,
} from '@inddrag/contracts';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from '../../../ui/ErrorSummary';
import { SelectInput, TextAreaField, TextField } from '../../../ui/TextField';
import { ContactBlocks } from './ContactBlocks';
import { changedFields, toFormValues, toPersonInput, type PersonFormValues } from './personForm';

const contractResolver = zodResolver(MapPerson) as unknown as Resolver<PersonFormValues, unknown, MapPerson>;
/** The contract's MapPerson checks the form, after '' has become null where the contract wants null. */
const personResolver: Resolver<PersonFormValues, unknown, MapPerson> = (values, context, options) =>
  contractResolver(toPersonInput(values) as PersonFormValues, context, options);

/** Error paths the form words itself (in the chosen language); others show the contract's message. */
const WORDED_ERRORS: Record<string, string> = {
  name: 'name',
  relation: 'relation',
  doNotContactReason: 'doNotContactReason',
  email: 'email',
};

interface PersonPanelProps {
  mode: 'new' | 'edit';
  initial: PersonFormValues;
  /** The person as the draft has it now (edit), so changes made elsewhere show in fields the user has not touched. */
  current?: MapPerson | undefined;
  readOnly: boolean;
  seeContactDetails: boolean;
  /** The API's contact status for a saved person. */
  contact?: ContactStatus | undefined;
  onSubmit: (person: MapPerson, changed: ReturnType<typeof changedFields>) => void;
  onRemove?: (() => void) | undefined;
  onClose: () => void;
  /** Consent and contact, below the form (a saved person only). */
  children?: React.ReactNode;
}

/** "Tilføj person" / "Redigér …": part 1 and part 2 of one person. Submitting changes the draft, not the API. */
export function PersonPanel(props: PersonPanelProps) {
  const { mode, initial, current, readOnly, seeContactDetails, contact, onSubmit, onRemove, onClose, children } = props;
  const { t } = useTranslation('networkMaps');
  const formId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [attempt, setAttempt] = useState(0);
  const id = (field: string) => `${formId}-${field.replace(/\./g, '-')}`;
  const values = useMemo(() => (current ? toFormValues(current) : undefined), [current]);

  const {
    register,
    control,
    handleSubmit,
    reset,
    formState: { errors, dirtyFields },
  } = useForm<PersonFormValues, unknown, MapPerson>({
    resolver: personResolver,
    defaultValues: initial,
    ...(values ? { values, resetOptions: { keepDirtyValues: true } } : {}),
    shouldFocusError: false,
  });
  const agreements = useFieldArray({ control, name: 'agreements', keyName: 'key' });

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const name = useWatch({ control, name: 'name' });
  const doNotContact = useWatch({ control, name: 'doNotContact' });
  const heading =
    mode === 'new' ? t('editor.panel.headingNew') : t('editor.panel.headingEdit', { name: initial.name || name });

  const message = (path: string, error: { message?: string | undefined } | undefined): string | undefined => {
    if (!error) return undefined;
    const worded = WORDED_ERRORS[path];
    if (worded) return t(`editor.panel.errors.${worded}` as 'editor.panel.errors.name');
    const agreementField = /^agreements\.\d+\.(what|who|endsOn)$/.exec(path)?.[1];
    if (agreementField) return t(`editor.panel.errors.${agreementField}` as 'editor.panel.errors.what');
    return error.message;
  };
  const items = summaryItems(errors, message, id);

  const onValid = (person: MapPerson) => {
    onSubmit(person, changedFields(person, dirtyFields));
    reset(toFormValues(person));
  };

  const fieldError = (path: string, error: { message?: string | undefined } | undefined) => message(path, error);

  return (
    <section className="map-person-panel" aria-labelledby={`${formId}-heading`} data-testid="person-panel">
      <div className="map-person-panel-header">
        <h2 id={`${formId}-heading`} ref={headingRef} tabIndex={-1}>
          {heading}
        </h2>
        <button type="button" className="button button-tertiary" onClick={onClose}>
          {t('editor.panel.close')}
        </button>
      </div>
      {contact && !contact.allowed && <ContactBlocks name={initial.name} contact={contact} />}
      {!readOnly && <p className="form-hint">{t('editor.panel.draftHint')}</p>}
      <form noValidate onSubmit={handleSubmit(onValid, () => setAttempt((n) => n + 1))}>
        {items.length > 0 && <ErrorSummary items={items} focusKey={attempt} />}
        <fieldset disabled={readOnly} className="map-person-fields">
          <legend className="h3">{t('editor.panel.part1')}</legend>
          <TextField
            id={id('name')}
            label={t('editor.panel.name')}
            error={fieldError('name', errors.name)}
            width="l"
            maxLength={200}
            autoComplete="off"
            {...register('name')}
          />
          <TextField
            id={id('relation')}
            label={t('editor.panel.relation')}
            hint={t('editor.panel.relationHint')}
            error={fieldError('relation', errors.relation)}
            width="l"
            maxLength={200}
            autoComplete="off"
            {...register('relation')}
          />
          <div className="map-person-row">
            <SelectInput id={id('sector')} label={t('editor.panel.sector')} {...register('sector')}>
              {NETWORK_SECTORS.map((sector) => (
                <option key={sector} value={sector}>
                  {t(`maps.sector.${sector}`)}
                </option>
              ))}
            </SelectInput>
            <SelectInput id={id('placement.ring')} label={t('editor.panel.ring')} {...register('placement.ring')}>
              {NETWORK_RINGS.map((ring) => (
                <option key={ring} value={ring}>
                  {t(`maps.ring.${ring}`)}
                </option>
              ))}
            </SelectInput>
          </div>
          <div className="map-person-row">
            <SelectInput id={id('placement.quality')} label={t('editor.panel.quality')} {...register('placement.quality')}>
              {RelationQuality.options.map((quality) => (
                <option key={quality} value={quality}>
                  {t(`maps.quality.${quality}`)}
                </option>
              ))}
            </SelectInput>
            <SelectInput
              id={id('placement.qualityView')}
              label={t('editor.panel.qualityView')}
              {...register('placement.qualityView')}
            >
              {NetworkPerspective.options.map((view) => (
                <option key={view} value={view}>
                  {t(`maps.qualityView.${view}`)}
                </option>
              ))}
            </SelectInput>
          </div>
          <SelectInput
            id={id('contactFrequency')}
            label={t('editor.panel.contactFrequency')}
            {...register('contactFrequency')}
          >
            <option value="">{t('maps.notChosen')}</option>
            {ContactFrequency.options.map((frequency) => (
              <option key={frequency} value={frequency}>
                {t(`maps.contactFrequency.${frequency}`)}
              </option>
            ))}
          </SelectInput>
          <div className="form-group-checkbox">
            <input id={id('isProfessional')} type="checkbox" className="form-checkbox" {...register('isProfessional')} />
            <label className="form-label" htmlFor={id('isProfessional')}>
              {t('editor.panel.isProfessional')}
            </label>
          </div>
          <TextAreaField
            id={id('notes')}
            label={t('editor.panel.notes')}
            error={fieldError('notes', errors.notes)}
            rows={3}
            {...register('notes')}
          />
          <div className="form-group-checkbox">
            <input
              id={id('doNotContact')}
              type="checkbox"
              className="form-checkbox"
              aria-describedby={`${id('doNotContact')}-hint`}
              {...register('doNotContact')}
            />
            <label className="form-label" htmlFor={id('doNotContact')}>
              {t('editor.panel.doNotContact')}
            </label>
            <span className="form-hint" id={`${id('doNotContact')}-hint`}>
              {t('editor.panel.doNotContactHint')}
            </span>
          </div>
          {doNotContact && (
            <TextAreaField
              id={id('doNotContactReason')}
              label={t('editor.panel.doNotContactReason')}
              error={fieldError('doNotContactReason', errors.doNotContactReason)}
              rows={2}
              {...register('doNotContactReason')}
            />
          )}
          {seeContactDetails && (
            <fieldset className="map-person-contact">
              <legend className="form-label">{t('editor.panel.contactDetails')}</legend>
              <p className="form-hint">{t('editor.panel.contactDetailsHint')}</p>
              <TextField
                id={id('phone')}
                type="tel"
                label={t('editor.panel.phone')}
                error={fieldError('phone', errors.phone)}
                width="m"
                autoComplete="off"
                {...register('phone')}
              />
              <TextField
                id={id('email')}
                type="email"
                label={t('editor.panel.email')}
                error={fieldError('email', errors.email)}
                width="l"
                autoComplete="off"
                {...register('email')}
              />
              <TextField
                id={id('address')}
                label={t('editor.panel.address')}
                error={fieldError('address', errors.address)}
                width="xl"
                autoComplete="off"
                {...register('address')}
              />
            </fieldset>
          )}
        </fieldset>

        <fieldset disabled={readOnly} className="map-person-fields">
          <legend className="h3">{t('editor.panel.part2')}</legend>
          <TextAreaField
            id={id('resources')}
            label={t('editor.panel.resources')}
            error={fieldError('resources', errors.resources)}
            rows={3}
            {...register('resources')}
          />
          <TextAreaField
            id={id('contributions')}
            label={t('editor.panel.contributions')}
            hint={t('editor.panel.contributionsHint')}
            error={fieldError('contributions', errors.contributions)}
            rows={3}
            {...register('contributions')}
          />
          <SelectInput id={id('willingness')} label={t('editor.panel.willingness')} {...register('willingness')}>
            <option value="">{t('maps.notChosen')}</option>
            {Willingness.options.map((willingness) => (
              <option key={willingness} value={willingness}>
                {t(`maps.willingness.${willingness}`)}
              </option>
            ))}
          </SelectInput>
          <TextAreaField
            id={id('conditions')}
            label={t('editor.panel.conditions')}
            error={fieldError('conditions', errors.conditions)}
            rows={2}
            {...register('conditions')}
          />
          <TextAreaField
            id={id('supportNeeded')}
            label={t('editor.panel.supportNeeded')}
            hint={t('editor.panel.supportNeededHint')}
            error={fieldError('supportNeeded', errors.supportNeeded)}
            rows={2}
            {...register('supportNeeded')}
          />

          <fieldset className="map-agreements">
            <legend className="h4">{t('editor.agreements.legend')}</legend>
            {agreements.fields.length === 0 && <p>{t('editor.agreements.none')}</p>}
            {agreements.fields.map((agreement, index) => {
              const number = index + 1;
              const agreementErrors = errors.agreements?.[index];
              return (
                <fieldset key={agreement.key} className="map-agreement">
                  <legend className="form-label">{t('editor.agreements.item', { number })}</legend>
                  <TextField
                    id={id(`agreements.${index}.what`)}
                    label={t('editor.agreements.what')}
                    error={fieldError(`agreements.${index}.what`, agreementErrors?.what)}
                    width="xl"
                    autoComplete="off"
                    {...register(`agreements.${index}.what`)}
                  />
                  <TextField
                    id={id(`agreements.${index}.who`)}
                    label={t('editor.agreements.who')}
                    error={fieldError(`agreements.${index}.who`, agreementErrors?.who)}
                    width="l"
                    autoComplete="off"
                    {...register(`agreements.${index}.who`)}
                  />
                  <div className="map-person-row">
                    <TextField
                      id={id(`agreements.${index}.startsOn`)}
                      type="date"
                      label={t('editor.agreements.startsOn')}
                      error={fieldError(`agreements.${index}.startsOn`, agreementErrors?.startsOn)}
                      width="s"
                      {...register(`agreements.${index}.startsOn`)}
                    />
                    <TextField
                      id={id(`agreements.${index}.endsOn`)}
                      type="date"
                      label={t('editor.agreements.endsOn')}
                      error={fieldError(`agreements.${index}.endsOn`, agreementErrors?.endsOn)}
                      width="s"
                      {...register(`agreements.${index}.endsOn`)}
                    />
                    <SelectInput
                      id={id(`agreements.${index}.status`)}
                      label={t('editor.agreements.status')}
                      {...register(`agreements.${index}.status`)}
                    >
                      {AgreementStatus.options.map((status) => (
                        <option key={status} value={status}>
                          {t(`maps.agreementStatus.${status}`)}
                        </option>
                      ))}
                    </SelectInput>
                  </div>
                  {!readOnly && (
                    <button type="button" className="button button-tertiary" onClick={() => agreements.remove(index)}>
                      {t('editor.agreements.remove', { number })}
                    </button>
                  )}
                </fieldset>
              );
            })}
            {!readOnly && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() =>
                  agreements.append({
                    id: crypto.randomUUID(),
                    what: '',
                    who: '',
                    startsOn: '',
                    endsOn: '',
                    status: 'PROPOSED',
                    meetingDecisionId: null,
                    safetyPlanRuleId: null,
                    actionPlanTaskId: null,
                  })
                }
              >
                {t('editor.agreements.add')}
              </button>
            )}
          </fieldset>
        </fieldset>

        <div className="map-person-actions">
          {!readOnly && (
            <button type="submit" className="button button-primary">
              {mode === 'new' ? t('editor.panel.submitNew') : t('editor.panel.submitEdit')}
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={onClose}>
            {readOnly ? t('editor.panel.close') : t('editor.panel.cancel')}
          </button>
          {!readOnly && onRemove && (
            <button type="button" className="button button-tertiary map-person-remove" onClick={onRemove}>
              {t('editor.panel.remove')}
            </button>
          )}
        </div>
      </form>
      {children}
    </section>
  );
}

/** The error summary's links, in the form's order. */
function summaryItems(
  errors: FieldErrors<PersonFormValues>,
  message: (path: string, error: { message?: string | undefined } | undefined) => string | undefined,
  id: (field: string) => string,
): SummaryItem[] {
  const items: SummaryItem[] = [];
  const add = (path: string, error: { message?: string | undefined } | undefined) => {
    const text = message(path, error);
    if (text) items.push({ fieldId: id(path), message: text });
  };
  for (const field of [
    'name',
    'relation',
    'notes',
    'doNotContactReason',
    'phone',
    'email',
    'address',
    'resources',
    'contributions',
    'conditions',
    'supportNeeded',
  ] as const) {
    add(field, errors[field]);
  }
  (errors.agreements ?? []).forEach?.((agreement, index) => {
    if (!agreement) return;
    for (const field of ['what', 'who', 'startsOn', 'endsOn'] as const) add(`agreements.${index}.${field}`, agreement[field]);
  });
  return items;
}
