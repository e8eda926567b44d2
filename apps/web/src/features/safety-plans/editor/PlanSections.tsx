import type { SafetyPlanPerson } from '@inddrag/contracts';
import { Controller, useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCaseConcerns } from '../../../api/concerns';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TextAreaField, TextField } from '../../../ui/TextField';
import { useDocuments } from '../../documents/useDocuments';
import { fieldIdOf, firstReviewSuggestion, type PlanFormValues } from './planForm';
import { PersonChoice } from './PersonChoice';

interface SectionProps {
  formId: string;
  control: Control<PlanFormValues>;
  register: UseFormRegister<PlanFormValues>;
  errors: FieldErrors<PlanFormValues>;
  disabled: boolean;
}

/** The concern statement/goal pairs the plan answers: the case's active pairs (and any already linked). */
export function PairsFieldset({ formId, control, errors, disabled, caseId, linked }: SectionProps & { caseId: string; linked: readonly string[] }) {
  const { t } = useTranslation('safetyPlans');
  const concerns = useCaseConcerns(caseId);
  const pairs = (concerns.data?.statements ?? []).filter((s) => s.status === 'ACTIVE' || linked.includes(s.id));
  const id = fieldIdOf(formId, 'statementIds');
  const error = errors.statementIds?.message ?? errors.statementIds?.root?.message;
  return (
    <fieldset className={error ? 'safety-plan-fieldset form-group form-error' : 'safety-plan-fieldset'}>
      <legend className="h3">{t('editor.pairs.legend')}</legend>
      <p className="form-hint">{t('editor.pairs.hint')}</p>
      {error && <span className="form-error-message">{error}</span>}
      <StatusMessage busy={concerns.isPending}>{concerns.isPending ? t('editor.pairs.loading') : ''}</StatusMessage>
      {concerns.isError && <ErrorBanner error={concerns.error} heading={t('editor.pairs.loadError')} onRetry={() => void concerns.refetch()} />}
      {concerns.isSuccess && pairs.length === 0 && <p>{t('editor.pairs.none')}</p>}
      <Controller
        control={control}
        name="statementIds"
        render={({ field }) => (
          <ul className="nobullet-list">
            {pairs.map((pair, index) => {
              const boxId = index === 0 ? id : `${id}-${pair.id}`;
              const value = field.value ?? [];
              return (
                <li key={pair.id} className="form-group-checkbox">
                  <input
                    id={boxId}
                    type="checkbox"
                    className="form-checkbox"
                    checked={value.includes(pair.id)}
                    disabled={disabled}
                    aria-describedby={`${boxId}-goal`}
                    onChange={(event) =>
                      field.onChange(event.target.checked ? [...value, pair.id] : value.filter((v) => v !== pair.id))
                    }
                  />
                  <label className="form-label" htmlFor={boxId}>
                    {t('editor.pairs.label', { number: pair.number, behaviour: pair.behaviour })}
                  </label>
                  <span className="form-hint" id={`${boxId}-goal`}>
                    {t('editor.pairs.goal', { goal: pair.goalChildWillExperience })}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      />
    </fieldset>
  );
}

/** The safety network: persons from the network map (its contact rules apply), each with an optional role. */
export function NetworkFieldset({ formId, control, errors, disabled, candidates }: Omit<SectionProps, 'register'> & { candidates: readonly SafetyPlanPerson[] }) {
  const { t } = useTranslation('safetyPlans');
  const error = errors.network?.message ?? errors.network?.root?.message;
  return (
    <div className="safety-plan-fieldset safety-plan-network">
      <Controller
        control={control}
        name="network"
        render={({ field }) => {
          const members = field.value ?? [];
          return (
            <PersonChoice
              idPrefix={fieldIdOf(formId, 'network')}
              legend={t('editor.network.legend')}
              hint={t('editor.network.hint')}
              error={error}
              candidates={candidates}
              value={members.map((m) => m.personId)}
              disabled={disabled}
              onChange={(ids) =>
                field.onChange(ids.map((personId) => members.find((m) => m.personId === personId) ?? { personId, role: null }))
              }
              renderChosen={(person) => {
                const member = members.find((m) => m.personId === person.id);
                return (
                  <TextField
                    id={`${fieldIdOf(formId, 'network')}-${person.id}-role`}
                    label={t('editor.network.role', { name: person.name })}
                    hint={t('editor.network.roleHint')}
                    groupClassName="safety-plan-role"
                    disabled={disabled}
                    value={member?.role ?? ''}
                    onChange={(event) =>
                      field.onChange(members.map((m) => (m.personId === person.id ? { ...m, role: event.target.value } : m)))
                    }
                  />
                );
              }}
            />
          );
        }}
      />
    </div>
  );
}

/** Professional checks: who checks what, and when. */
export function ChecksFieldset({ formId, control, register, errors, disabled }: SectionProps) {
  const { t } = useTranslation('safetyPlans');
  const { fields, append, remove } = useFieldArray({ control, name: 'checks' });
  const id = (index: number, field: string) => fieldIdOf(formId, `checks.${index}.${field}`);
  return (
    <fieldset className="safety-plan-fieldset">
      <legend className="h3">{t('editor.checks.legend')}</legend>
      <p className="form-hint">{t('editor.checks.hint')}</p>
      {fields.map((field, index) => {
        const error = errors.checks?.[index];
        return (
          <fieldset key={field.id} className="safety-plan-item">
            <legend className="h4">{t('editor.checks.check', { number: index + 1 })}</legend>
            <TextField id={id(index, 'who')} label={t('editor.checks.who')} hint={t('editor.checks.whoHint')} error={error?.who?.message} width="l" disabled={disabled} {...register(`checks.${index}.who`)} />
            <TextAreaField id={id(index, 'what')} label={t('editor.checks.what')} hint={t('editor.checks.whatHint')} error={error?.what?.message} rows={2} disabled={disabled} {...register(`checks.${index}.what`)} />
            <TextField id={id(index, 'schedule')} label={t('editor.checks.schedule')} hint={t('editor.checks.scheduleHint')} error={error?.schedule?.message} width="l" disabled={disabled} {...register(`checks.${index}.schedule`)} />
            {!disabled && (
              <button type="button" className="button button-tertiary" onClick={() => remove(index)}>
                {t('editor.checks.remove', { number: index + 1 })}
              </button>
            )}
          </fieldset>
        );
      })}
      {!disabled && (
        <button type="button" className="button button-secondary" onClick={() => append({ who: '', userId: null, what: '', schedule: '' })}>
          {t('editor.checks.add')}
        </button>
      )}
    </fieldset>
  );
}

/** The explanation to the child: words, and pictures chosen from the case's image documents. */
export function ChildFieldset({ formId, control, register, errors, disabled, caseId }: SectionProps & { caseId: string }) {
  const { t } = useTranslation('safetyPlans');
  const documents = useDocuments(caseId);
  const images = documents.documents.filter((d) => d.contentType.startsWith('image/'));
  const imagesId = fieldIdOf(formId, 'images');
  const imagesError = errors.images?.message ?? errors.images?.root?.message;
  return (
    <fieldset className="safety-plan-fieldset">
      <legend className="h3">{t('editor.child.legend')}</legend>
      <TextAreaField
        id={fieldIdOf(formId, 'childExplanation')}
        label={t('editor.child.text')}
        hint={t('editor.child.textHint')}
        error={errors.childExplanation?.message}
        rows={6}
        disabled={disabled}
        {...register('childExplanation')}
      />
      <Controller
        control={control}
        name="images"
        render={({ field }) => {
          const chosen = field.value ?? [];
          return (
            <fieldset className={imagesError ? 'form-group form-error' : 'form-group'} aria-describedby={`${imagesId}-hint`}>
              <legend className="form-label">{t('editor.child.images')}</legend>
              <span className="form-hint" id={`${imagesId}-hint`}>
                {t('editor.child.imagesHint')}
              </span>
              {imagesError && <span className="form-error-message">{imagesError}</span>}
              <StatusMessage busy={documents.isLoading}>{documents.isLoading ? t('editor.child.imagesLoading') : ''}</StatusMessage>
              {documents.error && <ErrorBanner error={documents.error} heading={t('editor.child.imagesError')} onRetry={documents.retry} />}
              {documents.hasData && images.length === 0 && <p>{t('editor.child.noImages')}</p>}
              <ul className="nobullet-list">
                {images.map((document, index) => {
                  const boxId = index === 0 ? imagesId : `${imagesId}-${document.id}`;
                  const at = chosen.findIndex((image) => image.documentId === document.id);
                  return (
                    <li key={document.id} className="form-group-checkbox">
                      <input
                        id={boxId}
                        type="checkbox"
                        className="form-checkbox"
                        checked={at >= 0}
                        disabled={disabled}
                        onChange={(event) =>
                          field.onChange(
                            event.target.checked
                              ? [...chosen, { documentId: document.id, caption: null }]
                              : chosen.filter((image) => image.documentId !== document.id),
                          )
                        }
                      />
                      <label className="form-label" htmlFor={boxId}>
                        {document.title} ({document.fileName})
                      </label>
                      {at >= 0 && (
                        <TextField
                          id={`${boxId}-caption`}
                          label={t('editor.child.caption', { name: document.title })}
                          groupClassName="safety-plan-role"
                          disabled={disabled}
                          value={chosen[at]?.caption ?? ''}
                          onChange={(event) =>
                            field.onChange(chosen.map((image, i) => (i === at ? { ...image, caption: event.target.value } : image)))
                          }
                        />
                      )}
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          );
        }}
      />
    </fieldset>
  );
}

/** Start, immediate, review dates (an immediate plan's first is suggested at start + 7 days), closure criteria. */
export function DatesFieldset({ formId, control, register, errors, disabled, heldReviews }: SectionProps & { heldReviews: readonly string[] }) {
  const { t } = useTranslation('safetyPlans');
  const format = useFormatters();
  const { fields, append, remove } = useFieldArray({ control, name: 'reviewDates' });
  const [immediate, startsOn, reviewDates] = useWatch({ control, name: ['immediate', 'startsOn', 'reviewDates'] });
  const suggestion = immediate && startsOn ? firstReviewSuggestion(startsOn) : null;
  const showSuggestion = suggestion !== null && !(reviewDates ?? []).some((row) => row.date === suggestion);
  const reviewsError = errors.reviewDates?.message ?? errors.reviewDates?.root?.message;
  return (
    <fieldset className="safety-plan-fieldset">
      <legend className="h3">{t('editor.dates.legend')}</legend>
      <div className="form-group-checkbox">
        <input id={fieldIdOf(formId, 'immediate')} type="checkbox" className="form-checkbox" disabled={disabled} aria-describedby={`${fieldIdOf(formId, 'immediate')}-hint`} {...register('immediate')} />
        <label className="form-label" htmlFor={fieldIdOf(formId, 'immediate')}>
          {t('editor.dates.immediate')}
        </label>
        <span className="form-hint" id={`${fieldIdOf(formId, 'immediate')}-hint`}>
          {t('editor.dates.immediateHint')}
        </span>
      </div>
      <TextField id={fieldIdOf(formId, 'startsOn')} type="date" label={t('editor.dates.startsOn')} hint={t('editor.dates.startsOnHint')} error={errors.startsOn?.message} width="m" disabled={disabled} {...register('startsOn')} />
      {heldReviews.length > 0 && (
        <ul className="safety-plan-held">
          {heldReviews.map((date) => (
            <li key={date}>{t('editor.dates.held', { date: format.calendarDate(date) })}</li>
          ))}
        </ul>
      )}
      <div id={fieldIdOf(formId, 'reviewDates')} tabIndex={-1} className={reviewsError ? 'form-group form-error' : undefined}>
        {reviewsError && <span className="form-error-message">{reviewsError}</span>}
        {fields.map((field, index) => (
          <div key={field.id} className="safety-plan-review-date">
            <TextField
              id={fieldIdOf(formId, `reviewDates.${index}.date`)}
              type="date"
              label={t('editor.dates.reviewDate', { number: index + 1 })}
              hint={t('editor.dates.reviewHint')}
              error={errors.reviewDates?.[index]?.date?.message}
              width="m"
              disabled={disabled}
              {...register(`reviewDates.${index}.date`)}
            />
            {!disabled && (
              <button type="button" className="button button-tertiary" onClick={() => remove(index)}>
                {t('editor.dates.removeReview', { number: index + 1 })}
              </button>
            )}
          </div>
        ))}
      </div>
      {!disabled && (
        <p className="safety-plan-buttons">
          {showSuggestion && (
            <button type="button" className="button button-secondary" onClick={() => append({ date: suggestion })}>
              {t('editor.dates.suggestReview', { date: format.calendarDate(suggestion) })}
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={() => append({ date: '' })}>
            {t('editor.dates.addReview')}
          </button>
        </p>
      )}
      <TextAreaField
        id={fieldIdOf(formId, 'closureCriteria')}
        label={t('editor.closure.criteria')}
        hint={t('editor.closure.criteriaHint')}
        error={errors.closureCriteria?.message}
        rows={3}
        disabled={disabled}
        {...register('closureCriteria')}
      />
    </fieldset>
  );
}
