import type { SafetyPlanPerson } from '@inddrag/contracts';
import { Controller, useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../ui/TextField';
import { fieldIdOf, type PlanFormValues } from './planForm';
import { PersonChoice } from './PersonChoice';

interface RulesFieldsetProps {
  formId: string;
  control: Control<PlanFormValues>;
  register: UseFormRegister<PlanFormValues>;
  errors: FieldErrors<PlanFormValues>;
  candidates: readonly SafetyPlanPerson[];
  disabled: boolean;
}

/** The rules in the family's own words: each with who is responsible, who monitors, warning signs and what if broken. */
export function RulesFieldset({ formId, control, register, errors, candidates, disabled }: RulesFieldsetProps) {
  const { t } = useTranslation('safetyPlans');
  const { fields, append, remove } = useFieldArray({ control, name: 'rules' });
  const id = (index: number, field: string) => fieldIdOf(formId, `rules.${index}.${field}`);
  return (
    <fieldset className="safety-plan-fieldset">
      <legend className="h3">{t('editor.rules.legend')}</legend>
      <p className="form-hint">{t('editor.rules.hint')}</p>
      {fields.length === 0 && <p>{t('editor.rules.none')}</p>}
      {fields.map((field, index) => {
        const error = errors.rules?.[index];
        return (
          <fieldset key={field.id} className="safety-plan-item" data-testid="safety-plan-rule">
            <legend className="h4">{t('editor.rules.rule', { number: index + 1 })}</legend>
            <TextAreaField
              id={id(index, 'text')}
              label={t('editor.rules.text')}
              hint={t('editor.rules.textHint')}
              error={error?.text?.message}
              rows={2}
              disabled={disabled}
              {...register(`rules.${index}.text`)}
            />
            <Controller
              control={control}
              name={`rules.${index}.responsiblePersonIds`}
              render={({ field: choice, fieldState }) => (
                <PersonChoice
                  idPrefix={id(index, 'responsiblePersonIds')}
                  legend={t('editor.rules.responsible')}
                  hint={t('editor.rules.responsibleHint')}
                  error={fieldState.error?.message}
                  candidates={candidates}
                  value={choice.value ?? []}
                  onChange={choice.onChange}
                  disabled={disabled}
                />
              )}
            />
            <TextAreaField
              id={id(index, 'monitoredBy')}
              label={t('editor.rules.monitoredBy')}
              hint={t('editor.rules.monitoredByHint')}
              error={error?.monitoredBy?.message}
              rows={2}
              disabled={disabled}
              {...register(`rules.${index}.monitoredBy`)}
            />
            <TextAreaField
              id={id(index, 'warningSigns')}
              label={t('editor.rules.warningSigns')}
              hint={t('editor.rules.warningSignsHint')}
              error={error?.warningSigns?.message}
              rows={2}
              disabled={disabled}
              {...register(`rules.${index}.warningSigns`)}
            />
            <TextAreaField
              id={id(index, 'ifBroken')}
              label={t('editor.rules.ifBroken')}
              hint={t('editor.rules.ifBrokenHint')}
              error={error?.ifBroken?.message}
              rows={2}
              disabled={disabled}
              {...register(`rules.${index}.ifBroken`)}
            />
            {!disabled && (
              <button type="button" className="button button-tertiary" onClick={() => remove(index)}>
                {t('editor.rules.remove', { number: index + 1 })}
              </button>
            )}
          </fieldset>
        );
      })}
      {!disabled && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => append({ id: null, text: '', responsiblePersonIds: [], monitoredBy: '', warningSigns: '', ifBroken: '' })}
        >
          {t('editor.rules.add')}
        </button>
      )}
    </fieldset>
  );
}
