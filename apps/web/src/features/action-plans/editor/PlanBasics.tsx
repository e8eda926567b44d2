import { ActionPlanType } from '@inddrag/contracts';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';
import { SelectInput, TextAreaField, TextField } from '../../../ui/TextField';
import type { PlanFormParts } from './formProps';
import { fieldIdOf } from './planForm';
import { TaskList } from './TaskList';

/** Type, legal basis, the decision (copies purpose and duration), the siblings covered, family support. */
export function PlanBasics({ formId, control, register, setValue, errors, disabled, options }: PlanFormParts) {
  const { t } = useTranslation('actionPlans');
  const format = useFormatters();
  const id = (path: string) => fieldIdOf(formId, path);
  const siblingsError = errors.siblingCaseIds?.message ?? errors.siblingCaseIds?.root?.message;

  return (
    <fieldset className="action-plan-fieldset">
      <legend className="h2">{t('editor.basics.legend')}</legend>
      <SelectInput
        id={id('type')}
        label={t('editor.basics.type')}
        hint={t('editor.basics.typeHint')}
        error={errors.type?.message}
        disabled={disabled}
        {...register('type')}
      >
        {ActionPlanType.options.map((type) => (
          <option key={type} value={type}>
            {t(`type.${type}`)}
          </option>
        ))}
      </SelectInput>
      <TextField
        id={id('legalBasis')}
        label={t('editor.basics.legalBasis')}
        hint={t('editor.basics.legalBasisHint')}
        error={errors.legalBasis?.message}
        width="xl"
        disabled={disabled}
        {...register('legalBasis')}
      />
      <SelectInput
        id={id('decisionId')}
        label={t('editor.basics.decision')}
        hint={t('editor.basics.decisionHint')}
        error={errors.decisionId?.message}
        disabled={disabled}
        {...register('decisionId', {
          onChange: (event: { target: { value: string } }) => {
            const decision = options.decisions.find((d) => d.id === event.target.value);
            if (!decision) return;
            setValue('purpose', decision.purpose, { shouldDirty: true });
            setValue('expectedDuration', decision.expectedDuration, { shouldDirty: true });
          },
        })}
      >
        <option value="">{t('editor.basics.noDecision')}</option>
        {options.decisions.map((decision) => (
          <option key={decision.id} value={decision.id}>
            {t('editor.basics.decisionOption', {
              measure: decision.measure,
              date: format.calendarDate(decision.decidedOn),
            })}
          </option>
        ))}
      </SelectInput>
      <TextAreaField
        id={id('purpose')}
        label={t('editor.basics.purpose')}
        error={errors.purpose?.message}
        rows={3}
        disabled={disabled}
        {...register('purpose')}
      />
      <TextField
        id={id('expectedDuration')}
        label={t('editor.basics.expectedDuration')}
        error={errors.expectedDuration?.message}
        width="l"
        disabled={disabled}
        {...register('expectedDuration')}
      />

      <fieldset
        className={siblingsError ? 'action-plan-fieldset form-group form-error' : 'action-plan-fieldset'}
        id={id('siblingCaseIds')}
        tabIndex={-1}
      >
        <legend className="h4">{t('editor.basics.siblings')}</legend>
        <p className="form-hint">{t('editor.basics.siblingsHint')}</p>
        {siblingsError && <span className="form-error-message">{siblingsError}</span>}
        {options.siblings.length === 0 && <p>{t('editor.basics.noSiblings')}</p>}
        <Controller
          control={control}
          name="siblingCaseIds"
          render={({ field }) => {
            const value = field.value ?? [];
            return (
              <ul className="nobullet-list">
                {options.siblings.map((sibling) => (
                  <li key={sibling.id} className="form-group-checkbox">
                    <input
                      id={`${id('siblingCaseIds')}-${sibling.id}`}
                      type="checkbox"
                      className="form-checkbox"
                      checked={value.includes(sibling.id)}
                      disabled={disabled}
                      onChange={(event) =>
                        field.onChange(
                          event.target.checked ? [...value, sibling.id] : value.filter((v) => v !== sibling.id),
                        )
                      }
                    />
                    <label className="form-label" htmlFor={`${id('siblingCaseIds')}-${sibling.id}`}>
                      {t('editor.basics.sibling', {
                        name: sibling.firstName,
                        age: sibling.age,
                        caseNumber: sibling.caseNumber,
                      })}
                    </label>
                  </li>
                ))}
              </ul>
            );
          }}
        />
      </fieldset>
      <TextAreaField
        id={id('familySupport')}
        label={t('editor.basics.familySupport')}
        hint={t('editor.basics.familySupportHint')}
        error={errors.familySupport?.message}
        rows={3}
        disabled={disabled}
        {...register('familySupport')}
      />
    </fieldset>
  );
}

/** The network section: the network's part in words, and its tasks that belong to no single goal. */
export function NetworkSection(props: PlanFormParts) {
  const { t } = useTranslation('actionPlans');
  const { formId, register, errors, disabled } = props;
  return (
    <fieldset className="action-plan-fieldset">
      <legend className="h2">{t('editor.network.legend')}</legend>
      <TextAreaField
        id={fieldIdOf(formId, 'networkSection')}
        label={t('editor.network.text')}
        hint={t('editor.network.textHint')}
        error={errors.networkSection?.message}
        rows={4}
        disabled={disabled}
        {...register('networkSection')}
      />
      <TaskList
        {...props}
        name="networkTasks"
        legend={t('editor.network.tasks')}
        hint={t('editor.network.tasksHint')}
        empty={t('editor.network.none')}
      />
    </fieldset>
  );
}
