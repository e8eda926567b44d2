import { SCALE_PERSPECTIVES } from '@inddrag/contracts';
import {
  Controller,
  get,
  useFieldArray,
  useFormState,
  type ArrayPath,
  type Control,
  type FieldErrors,
  type FieldValues,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { SummaryItem } from '../../ui/ErrorSummary';
import { SelectInput, TextAreaField, TextField } from '../../ui/TextField';
import { emptyScaleScoreRow, type RespondentSuggestion } from './scoreRows';
import './scaling.css';

const SCORES = Array.from({ length: 11 }, (_, score) => score);

type RowField = 'perspective' | 'respondent' | 'score' | 'reason' | 'oneStepUp';
const ROW_FIELDS: readonly RowField[] = ['perspective', 'respondent', 'score', 'reason', 'oneStepUp'];

/** The id of one row field, for an error summary's links (the score's is its first radio). */
export const scoreRowFieldId = (idPrefix: string, index: number, field: RowField) => `${idPrefix}-${index}-${field}`;

/**
 * The message shown for one row field: the API's own (Danish) text for a server error, the form's
 * text otherwise. A wrong network person or user link is shown at the respondent.
 */
function rowErrorMessage(
  errors: FieldErrors,
  name: string,
  index: number,
  field: RowField,
  t: TFunction<'scaling'>,
): string | undefined {
  const fieldsToRead = field === 'respondent' ? ['respondent', 'networkPersonId', 'respondentUserId'] : [field];
  for (const key of fieldsToRead) {
    const error = get(errors, `${name}.${index}.${key}`) as { type?: string; message?: string } | undefined;
    if (!error) continue;
    if (error.type === 'server' && error.message) return error.message;
    return t(`fields.errors.${field}`);
  }
  return undefined;
}

/** The rows' errors as error-summary items (links to the fields), for the surrounding form's summary. */
export function scoreRowSummaryItems(
  errors: FieldErrors,
  name: string,
  idPrefix: string,
  rowCount: number,
  t: TFunction<'scaling'>,
): SummaryItem[] {
  return Array.from({ length: rowCount }, (_, index) =>
    ROW_FIELDS.flatMap((field) => {
      const message = rowErrorMessage(errors, name, index, field, t);
      return message ? [{ fieldId: scoreRowFieldId(idPrefix, index, field), message }] : [];
    }),
  ).flat();
}

export interface ScaleScoreFieldsProps<T extends FieldValues> {
  /** The surrounding form's control; its `name` field is an array of ScaleScoreRowValues. */
  control: Control<T>;
  /** The array field holding the rows, e.g. "scores". */
  name: ArrayPath<T>;
  /** Makes the fields' ids unique on the page. */
  idPrefix: string;
  /** Names the respondent field suggests (earlier respondents, the network, the user). */
  suggestions?: readonly RespondentSuggestion[];
}

/**
 * The score rows of a scaling: for each respondent the perspective, who, the score 0–10 (a radio
 * group), why that number and what one step up would take. Rows are added and removed here; the
 * scale, the date and the question belong to the surrounding form (see toScaleScoreInputs).
 */
export function ScaleScoreFields<T extends FieldValues>({ control, name, idPrefix, suggestions = [] }: ScaleScoreFieldsProps<T>) {
  const { t } = useTranslation('scaling');
  // The rows' paths are built from `name` at run time; the parent's type only promises an array there.
  const rowsControl = control as unknown as Control<FieldValues>;
  const { fields, append, remove } = useFieldArray({ control: rowsControl, name: name as string });
  const { errors } = useFormState({ control: rowsControl, name: name as string });
  const listId = `${idPrefix}-respondents`;
  const path = (index: number, field: string) => `${name}.${index}.${field}`;

  const errorOf = (index: number, field: RowField) => rowErrorMessage(errors, name, index, field, t);

  return (
    <div className="scale-score-rows">
      {suggestions.length > 0 && (
        <datalist id={listId}>
          {[...new Set(suggestions.map((s) => s.name))].map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
      {fields.map((field, index) => {
        const id = (key: RowField) => scoreRowFieldId(idPrefix, index, key);
        const scoreError = errorOf(index, 'score');
        return (
          <fieldset key={field.id} className="scale-score-row">
            <legend className="h4">{t('fields.rowLegend', { number: index + 1 })}</legend>
            <div className="scale-score-row-who">
              <SelectInput
                id={id('perspective')}
                label={t('fields.perspective')}
                hint={t('fields.perspectiveHint')}
                error={errorOf(index, 'perspective')}
                {...rowsControl.register(path(index, 'perspective'))}
              >
                {SCALE_PERSPECTIVES.map((perspective) => (
                  <option key={perspective} value={perspective}>
                    {t(`perspective.${perspective}`)}
                  </option>
                ))}
              </SelectInput>
              <TextField
                id={id('respondent')}
                label={t('fields.respondent')}
                hint={t('fields.respondentHint')}
                error={errorOf(index, 'respondent')}
                width="m"
                maxLength={200}
                autoComplete="off"
                list={suggestions.length > 0 ? listId : undefined}
                {...rowsControl.register(path(index, 'respondent'))}
              />
            </div>
            <Controller
              control={rowsControl}
              name={path(index, 'score')}
              render={({ field: score }) => (
                <div className={scoreError ? 'form-group form-error' : 'form-group'}>
                  <fieldset
                    aria-describedby={[`${id('score')}-hint`, scoreError ? `${id('score')}-error` : null]
                      .filter(Boolean)
                      .join(' ')}
                  >
                    <legend className="form-label">{t('fields.score')}</legend>
                    <span className="form-hint" id={`${id('score')}-hint`}>
                      {t('fields.scoreHint')}
                    </span>
                    {scoreError && (
                      <span className="form-error-message" id={`${id('score')}-error`}>
                        {scoreError}
                      </span>
                    )}
                    <ul className="nobullet-list scale-score-options">
                      {SCORES.map((value) => {
                        // The first radio carries the group's id, so an error summary can focus it.
                        const optionId = value === 0 ? id('score') : `${id('score')}-${value}`;
                        return (
                          <li key={value}>
                            <div className="form-group-radio">
                              <input
                                id={optionId}
                                type="radio"
                                className="form-radio"
                                name={score.name}
                                value={value}
                                checked={score.value === value}
                                onChange={() => score.onChange(value)}
                                onBlur={score.onBlur}
                                ref={value === 0 ? score.ref : undefined}
                              />
                              <label className="form-label" htmlFor={optionId}>
                                {value}
                              </label>
                            </div>
                          </li>
                        );
                      })}
                    </ul>
                  </fieldset>
                </div>
              )}
            />
            <TextAreaField
              id={id('reason')}
              label={t('fields.reason')}
              hint={t('fields.reasonHint')}
              error={errorOf(index, 'reason')}
              width="xl"
              rows={3}
              maxLength={2000}
              {...rowsControl.register(path(index, 'reason'))}
            />
            <TextAreaField
              id={id('oneStepUp')}
              label={t('fields.oneStepUp')}
              hint={t('fields.oneStepUpHint')}
              error={errorOf(index, 'oneStepUp')}
              width="xl"
              rows={3}
              maxLength={2000}
              {...rowsControl.register(path(index, 'oneStepUp'))}
            />
            {fields.length > 1 && (
              <button type="button" className="button button-tertiary" onClick={() => remove(index)}>
                {t('fields.removeRow', { number: index + 1 })}
              </button>
            )}
          </fieldset>
        );
      })}
      <button type="button" className="button button-secondary" onClick={() => append(emptyScaleScoreRow())}>
        {t('fields.addRow')}
      </button>
    </div>
  );
}
