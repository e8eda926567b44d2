import { zodResolver } from '@hookform/resolvers/zod';
import { ConcernKind, ConcernStatementFields, type ConcernGround, type ConcernStatement } from '@inddrag/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useCreateConcernStatement, useUpdateConcernStatement } from '../../api/concerns';
import { isStaleWrite } from '../../api/staleWrite';
import { useFormatters } from '../../i18n/useFormatters';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ErrorSummary, type SummaryItem } from '../../ui/ErrorSummary';
import { Spinner } from '../../ui/Spinner';
import { SelectInput, TextAreaField, TextField } from '../../ui/TextField';
import { applyServerErrors } from './serverErrors';
import { ConflictNotices } from './StaleNotice';
import { WritingHints } from './WritingHints';

type Input = z.input<typeof ConcernStatementFields>;
type Output = z.output<typeof ConcernStatementFields>;
type TextKey = Exclude<keyof Output, 'kind' | 'groundIds'>;

const STATEMENT_FIELDS = ['whoIsWorried', 'behaviour', 'impactOnChild', 'ifNothingChanges', 'familyView'] as const;
const GOAL_FIELDS = ['goalParentsWill', 'goalChildWillExperience', 'goalProfessionalsWillSee', 'goalDuration'] as const;
const TEXT_FIELDS: readonly TextKey[] = [...STATEMENT_FIELDS, ...GOAL_FIELDS];
const FIELDS = ['kind', ...TEXT_FIELDS, 'groundIds'] as const;
type Field = (typeof FIELDS)[number];
/** Short answers: one line. */
const SHORT: ReadonlySet<TextKey> = new Set(['whoIsWorried', 'goalDuration']);

const valuesOf = (pair: ConcernStatement | null): Input =>
  pair
    ? {
        kind: pair.kind,
        whoIsWorried: pair.whoIsWorried,
        behaviour: pair.behaviour,
        impactOnChild: pair.impactOnChild,
        ifNothingChanges: pair.ifNothingChanges,
        familyView: pair.familyView ?? '',
        goalParentsWill: pair.goalParentsWill,
        goalChildWillExperience: pair.goalChildWillExperience,
        goalProfessionalsWillSee: pair.goalProfessionalsWillSee,
        goalDuration: pair.goalDuration,
        groundIds: pair.groundIds,
      }
    : {
        kind: 'DANGER',
        whoIsWorried: '',
        behaviour: '',
        impactOnChild: '',
        ifNothingChanges: '',
        familyView: '',
        goalParentsWill: '',
        goalChildWillExperience: '',
        goalProfessionalsWillSee: '',
        goalDuration: '',
        groundIds: [],
      };

interface PairFormProps {
  caseId: string;
  /** The pair to edit; null writes a new one. */
  pair: ConcernStatement | null;
  grounds: readonly ConcernGround[];
  onDone: (message: string | null) => void;
}

/** Write or edit a statement/goal pair: the statement in four parts beside its goal in four parts. */
export function PairForm({ caseId, pair: editing, grounds, onDone }: PairFormProps) {
  const { t } = useTranslation('concerns');
  const format = useFormatters();
  const formId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [attempt, setAttempt] = useState(0);
  const [base, setBase] = useState(editing);
  const [unsaved, setUnsaved] = useState<Output | null>(null);
  const [loadedVersion, setLoadedVersion] = useState<number | null>(null);
  const create = useCreateConcernStatement(caseId);
  const update = useUpdateConcernStatement(caseId);
  const mutation = editing ? update : create;
  const ids = Object.fromEntries(FIELDS.map((f) => [f, `${formId}-${f}`])) as Record<Field, string>;
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(ConcernStatementFields),
    defaultValues: valuesOf(editing),
    shouldFocusError: false,
  });

  useEffect(() => headingRef.current?.focus(), []);
  const written = useWatch({ control });

  const message = (field: Field) => {
    const error = errors[field];
    return error ? (error.message ?? t('form.error')) : undefined;
  };
  const items: SummaryItem[] = FIELDS.flatMap((field) => {
    const text = message(field);
    return text ? [{ fieldId: ids[field], message: text }] : [];
  });

  const onValid = (values: Output) => {
    setAttempt((n) => n + 1);
    const done = (saved: ConcernStatement) =>
      onDone(t('form.saved', { number: saved.number, version: saved.version }));
    const onError = (error: unknown) => {
      if (isStaleWrite(error)) setUnsaved(values);
      if (applyServerErrors<Input>(error, FIELDS, setError)) setAttempt((n) => n + 1);
    };
    if (base) {
      update.mutate({ statementId: base.id, request: { ...values, version: base.version } }, { onSuccess: done, onError });
    } else {
      create.mutate(values, { onSuccess: done, onError });
    }
  };

  const stale = mutation.isError && isStaleWrite<ConcernStatement>(mutation.error) ? mutation.error : null;
  const busy = mutation.isPending;

  const textField = (field: TextKey) => {
    const value = written[field] ?? '';
    const common = {
      id: ids[field],
      label: t(`pair.${field}`),
      hint: t(`form.hint.${field}`),
      error: message(field),
      width: 'xl' as const,
      ...register(field),
    };
    return (
      <div key={field} className="concern-field">
        {SHORT.has(field) ? <TextField maxLength={field === 'goalDuration' ? 200 : 500} {...common} /> : <TextAreaField rows={4} {...common} />}
        <WritingHints id={`${ids[field]}-guidance`} text={value} checkLabels={field === 'behaviour'} />
      </div>
    );
  };

  return (
    <section className="concern-form concern-pair-form" aria-labelledby={`${formId}-heading`}>
      <h3 id={`${formId}-heading`} ref={headingRef} tabIndex={-1}>
        {editing ? t('form.editHeading', { number: editing.number }) : t('form.newHeading')}
      </h3>
      <form noValidate onSubmit={handleSubmit(onValid, () => setAttempt((n) => n + 1))}>
        {items.length > 0 && <ErrorSummary heading={t('form.errorSummary')} items={items} focusKey={attempt} />}
        <ConflictNotices
          stale={stale}
          onLoad={(current) => {
            setBase(current);
            setLoadedVersion(current.version);
            reset(valuesOf(current));
            mutation.reset();
          }}
          loadedVersion={loadedVersion}
          unsavedText={unsaved && TEXT_FIELDS.map((field) => ({ label: t(`pair.${field}`), value: unsaved[field] ?? '' }))}
          keys="form.conflict"
        />
        {mutation.isError && !stale && items.length === 0 && <ErrorBanner error={mutation.error} heading={t('form.error')} />}
        <SelectInput id={ids.kind} label={t('form.kind')} hint={t('form.kindHint')} error={message('kind')} {...register('kind')}>
          {ConcernKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {t(`pair.kind.${kind}`)}
            </option>
          ))}
        </SelectInput>
        <div className="concern-pair-columns">
          <fieldset>
            <legend className="h4">{t('form.statementLegend')}</legend>
            {STATEMENT_FIELDS.map(textField)}
          </fieldset>
          <fieldset>
            <legend className="h4">{t('form.goalLegend')}</legend>
            {GOAL_FIELDS.map(textField)}
          </fieldset>
        </div>
        <fieldset id={ids.groundIds} tabIndex={-1} aria-describedby={`${ids.groundIds}-hint`}>
          <legend className="form-label">{t('form.groundIds')}</legend>
          <span className="form-hint" id={`${ids.groundIds}-hint`}>
            {t('form.hint.groundIds')}
          </span>
          {message('groundIds') && <span className="form-error-message">{message('groundIds')}</span>}
          {grounds.length === 0 && <p>{t('form.noGrounds')}</p>}
          {grounds.map((ground) => (
            <div key={ground.id} className="form-group-checkbox">
              <input
                id={`${ids.groundIds}-${ground.id}`}
                type="checkbox"
                className="form-checkbox"
                value={ground.id}
                {...register('groundIds')}
              />
              <label className="form-label" htmlFor={`${ids.groundIds}-${ground.id}`}>
                {`${format.calendarDate(ground.occurredOn)} – ${ground.source}`}
              </label>
            </div>
          ))}
        </fieldset>
        <div className="concern-form-actions">
          <button
            type="submit"
            className="button button-primary"
            aria-disabled={busy}
            onClick={(event) => {
              if (busy) event.preventDefault();
            }}
          >
            {busy && <Spinner />}
            <span>{busy ? t('form.submitting') : editing ? t('form.submitEdit') : t('form.submitNew')}</span>
          </button>
          <button type="button" className="button button-secondary" onClick={() => onDone(null)}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
