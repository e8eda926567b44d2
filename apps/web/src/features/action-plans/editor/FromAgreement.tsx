import { OPEN_AGREEMENT_STATUSES } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';
import type { PlanFormParts } from './formProps';
import type { TaskFormValues } from './planForm';
import { linkedIds, taskFromAgreement, taskFromMeetingDecision } from './taskSources';

/**
 * "Tilføj fra mødeaftale": a held meeting's decision or a network person's part-2 agreement that is
 * not yet a task becomes one, filled in and linked, without retyping.
 */
export function FromAgreement({
  control,
  options,
  onAdd,
}: Pick<PlanFormParts, 'control' | 'options'> & { onAdd: (task: TaskFormValues) => void }) {
  const { t } = useTranslation('actionPlans');
  const format = useFormatters();
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  const goals = useWatch({ control, name: 'goals' });
  const networkTasks = useWatch({ control, name: 'networkTasks' });
  const linked = linkedIds({ goals, networkTasks });

  const decisions = options.meetingDecisions.filter(
    ({ decision }) =>
      !decision.actionPlanTaskId &&
      !linked.decisions.has(decision.id) &&
      !(decision.networkAgreementId && linked.agreements.has(decision.networkAgreementId)),
  );
  const fromDecisions = new Set(
    options.meetingDecisions.flatMap(({ decision }) =>
      decision.networkAgreementId && linked.decisions.has(decision.id) ? [decision.networkAgreementId] : [],
    ),
  );
  const agreements = options.networkPersons.flatMap((person) =>
    person.agreements
      .filter(
        (a) =>
          !a.actionPlanTaskId &&
          OPEN_AGREEMENT_STATUSES.includes(a.status) &&
          !linked.agreements.has(a.id) &&
          !fromDecisions.has(a.id),
      )
      .map((agreement) => ({ person, agreement })),
  );
  if (decisions.length === 0 && agreements.length === 0) return null;

  const add = () => {
    const [kind, id] = chosen.split(':');
    const decision = decisions.find((d) => d.decision.id === id);
    const agreement = agreements.find((a) => a.agreement.id === id);
    if (kind === 'meeting' && decision) onAdd(taskFromMeetingDecision(decision.decision));
    if (kind === 'map' && agreement) onAdd(taskFromAgreement(agreement.person.id, agreement.agreement));
    setChosen('');
  };

  return (
    <div className="action-plan-row">
      <div className="form-group">
        <label className="form-label" htmlFor={selectId}>
          {t('editor.fromAgreement.label')}
        </label>
        <span className="form-hint" id={`${selectId}-hint`}>
          {t('editor.fromAgreement.hint')}
        </span>
        <select
          id={selectId}
          className="form-select"
          aria-describedby={`${selectId}-hint`}
          value={chosen}
          onChange={(event) => setChosen(event.target.value)}
        >
          <option value="">{t('editor.fromAgreement.choose')}</option>
          {decisions.length > 0 && (
            <optgroup label={t('editor.fromAgreement.meetings')}>
              {decisions.map(({ decision, meetingStartsAt }) => (
                <option key={decision.id} value={`meeting:${decision.id}`}>
                  {t('editor.fromAgreement.meetingOption', {
                    what: decision.what,
                    who: decision.who,
                    date: format.dateTime(meetingStartsAt),
                  })}
                </option>
              ))}
            </optgroup>
          )}
          {agreements.length > 0 && (
            <optgroup label={t('editor.fromAgreement.map')}>
              {agreements.map(({ agreement }) => (
                <option key={agreement.id} value={`map:${agreement.id}`}>
                  {t('editor.fromAgreement.mapOption', { what: agreement.what, who: agreement.who })}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      <button type="button" className="button button-secondary" disabled={!chosen} onClick={add}>
        {t('editor.fromAgreement.add')}
      </button>
    </div>
  );
}
