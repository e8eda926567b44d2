import { GOAL_AREAS } from '@inddrag/contracts';
import { get, useFieldArray, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectInput, TextAreaField, TextField } from '../../../ui/TextField';
import type { PlanFormParts } from './formProps';
import { emptyGoal, fieldIdOf, type GoalFormValues } from './planForm';
import { TaskList } from './TaskList';

type GoalField = Exclude<keyof GoalFormValues, 'tasks' | 'id'>;

/** The goals: area, the goal in concrete words, the child's and the parents' words, progress, review, tasks. */
export function GoalsFieldset(props: PlanFormParts) {
  const { t } = useTranslation('actionPlans');
  const { control, register, errors, formId, disabled } = props;
  const { fields, append, remove } = useFieldArray({ control, name: 'goals' });
  const rootError = errors.goals?.message ?? errors.goals?.root?.message;

  return (
    <fieldset className="action-plan-fieldset" id={fieldIdOf(formId, 'goals')} tabIndex={-1}>
      <legend className="h2">{t('editor.goals.legend')}</legend>
      <p className="form-hint">{t('editor.goals.hint')}</p>
      {rootError && <span className="form-error-message">{rootError}</span>}
      {fields.map((field, index) => {
        const path = (name: GoalField) => `goals.${index}.${name}` as const;
        const id = (name: GoalField) => fieldIdOf(formId, path(name));
        const error = (name: GoalField) => (get(errors, path(name)) as FieldError | undefined)?.message;
        const number = index + 1;
        return (
          <section key={field.id} className="action-plan-goal" aria-labelledby={`${id('goal')}-heading`}>
            <h3 id={`${id('goal')}-heading`}>{t('editor.goals.goalHeading', { number })}</h3>
            <SelectInput
              id={id('area')}
              label={t('editor.goals.area')}
              error={error('area')}
              disabled={disabled}
              {...register(path('area'))}
            >
              {GOAL_AREAS.map((area) => (
                <option key={area} value={area}>
                  {t(`area.${area}`)}
                </option>
              ))}
            </SelectInput>
            <TextAreaField
              id={id('goal')}
              label={t('editor.goals.goal')}
              error={error('goal')}
              rows={2}
              disabled={disabled}
              {...register(path('goal'))}
            />
            <TextAreaField
              id={id('childWords')}
              label={t('editor.goals.childWords')}
              error={error('childWords')}
              rows={2}
              disabled={disabled}
              {...register(path('childWords'))}
            />
            <TextAreaField
              id={id('parentsView')}
              label={t('editor.goals.parentsView')}
              error={error('parentsView')}
              rows={2}
              disabled={disabled}
              {...register(path('parentsView'))}
            />
            <TextAreaField
              id={id('indicators')}
              label={t('editor.goals.indicators')}
              error={error('indicators')}
              rows={2}
              disabled={disabled}
              {...register(path('indicators'))}
            />
            <TextField
              id={id('reviewOn')}
              type="date"
              label={t('editor.goals.reviewOn')}
              error={error('reviewOn')}
              width="m"
              disabled={disabled}
              {...register(path('reviewOn'))}
            />
            <TaskList
              {...props}
              name={`goals.${index}.tasks`}
              legend={t('editor.goals.tasks', { number })}
              empty={t('editor.goals.noTasks')}
            />
            {!disabled && (
              <button type="button" className="button button-tertiary mt-4" onClick={() => remove(index)}>
                {t('editor.goals.remove', { number })}
              </button>
            )}
          </section>
        );
      })}
      {!disabled && (
        <button type="button" className="button button-secondary" onClick={() => append(emptyGoal())}>
          {t('editor.goals.add')}
        </button>
      )}
    </fieldset>
  );
}
