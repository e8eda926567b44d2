import { PlanTaskStatus } from '@inddrag/contracts';
import { get, useFieldArray, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectInput, TextAreaField, TextField } from '../../../ui/TextField';
import { FromAgreement } from './FromAgreement';
import type { PlanFormParts, TaskListName } from './formProps';
import { emptyTask, fieldIdOf, type TaskFormValues } from './planForm';
import type { AssigneeOption } from './usePlanOptions';

interface TaskListProps extends PlanFormParts {
  name: TaskListName;
  legend: string;
  hint?: string;
  empty: string;
}

/** A goal's tasks (or the network section's): who, what, by when, status; added by hand or from an agreement. */
export function TaskList(props: TaskListProps) {
  const { t } = useTranslation('actionPlans');
  const { control, name, legend, hint, empty, disabled } = props;
  const { fields, append, remove } = useFieldArray({ control, name: name as 'networkTasks' });
  return (
    <fieldset className="action-plan-fieldset">
      <legend className="h4">{legend}</legend>
      {hint && <p className="form-hint">{hint}</p>}
      {fields.length === 0 && <p>{empty}</p>}
      {fields.map((field, index) => (
        <TaskRow
          key={field.id}
          {...props}
          base={`${name}.${index}`}
          number={index + 1}
          onRemove={() => remove(index)}
        />
      ))}
      {!disabled && (
        <div className="action-plan-buttons">
          <button type="button" className="button button-secondary" onClick={() => append(emptyTask())}>
            {t('editor.task.add')}
          </button>
          <FromAgreement {...props} onAdd={(task: TaskFormValues) => append(task)} />
        </div>
      )}
    </fieldset>
  );
}

type TaskField = keyof TaskFormValues;

function TaskRow({
  formId,
  register,
  setValue,
  getValues,
  errors,
  disabled,
  options,
  base,
  number,
  onRemove,
}: PlanFormParts & { base: string; number: number; onRemove: () => void }) {
  const { t } = useTranslation('actionPlans');
  const path = (field: TaskField) => `${base}.${field}` as `networkTasks.${number}.${TaskField}`;
  const id = (field: TaskField) => fieldIdOf(formId, path(field));
  const error = (field: TaskField) => (get(errors, path(field)) as FieldError | undefined)?.message;
  const task = getValues(base as `networkTasks.${number}`);
  const all: AssigneeOption[] = [...options.assignees.team, ...options.assignees.units, ...options.assignees.network];
  const known = all.some((option) => option.choice === task?.choice);
  const groups = [
    { label: t('editor.task.team'), items: options.assignees.team },
    { label: t('editor.task.units'), items: options.assignees.units },
    { label: t('editor.task.network'), items: options.assignees.network },
  ].filter((group) => group.items.length > 0);
  const optionText = (option: AssigneeOption) =>
    option.blockedReason
      ? t('editor.task.blocked', { name: option.name, reason: option.blockedReason })
      : option.detail
        ? t('editor.task.allowed', { name: option.name, detail: option.detail })
        : option.name;

  return (
    <div className="action-plan-task" role="group" aria-labelledby={`${id('id')}-heading`}>
      <h4 id={`${id('id')}-heading`}>{t('editor.task.heading', { number })}</h4>
      <SelectInput
        id={id('choice')}
        label={t('editor.task.who')}
        hint={t('editor.task.whoHint')}
        error={error('choice')}
        disabled={disabled}
        {...register(path('choice'), {
          onChange: (event: { target: { value: string } }) => {
            const chosen = all.find((option) => option.choice === event.target.value);
            if (chosen) setValue(path('who'), chosen.name);
          },
        })}
      >
        <option value="">{t('editor.task.choose')}</option>
        {task?.choice && !known && <option value={task.choice}>{task.who}</option>}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.items.map((option) => (
              <option key={option.choice} value={option.choice} disabled={option.blockedReason !== null}>
                {optionText(option)}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectInput>
      <TextAreaField
        id={id('what')}
        label={t('editor.task.what')}
        error={error('what')}
        rows={2}
        disabled={disabled}
        {...register(path('what'))}
      />
      <div className="action-plan-row">
        <TextField
          id={id('dueOn')}
          type="date"
          label={t('editor.task.dueOn')}
          error={error('dueOn')}
          width="m"
          disabled={disabled}
          {...register(path('dueOn'))}
        />
        <SelectInput
          id={id('status')}
          label={t('editor.task.status')}
          error={error('status')}
          disabled={disabled}
          {...register(path('status'))}
        >
          {PlanTaskStatus.options.map((status) => (
            <option key={status} value={status}>
              {t(`taskStatus.${status}`)}
            </option>
          ))}
        </SelectInput>
      </div>
      {task?.meetingDecisionId && <span className="action-plan-task-link">{t('editor.task.fromMeeting')}</span>}
      {task?.networkAgreementId && <span className="action-plan-task-link">{t('editor.task.fromAgreement')}</span>}
      {!disabled && (
        <button type="button" className="button button-tertiary mt-4" onClick={onRemove}>
          {t('editor.task.remove', { number })}
        </button>
      )}
    </div>
  );
}
