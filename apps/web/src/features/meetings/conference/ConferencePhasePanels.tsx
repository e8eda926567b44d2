import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../ui/TextField';
import type { PhasePanelProps } from '../run/phasePanels';
import { InformantList } from './InformantsSection';
import { PrivateTimeControls } from './PrivateTimeSection';
import './conference.css';

// The family group conference's own phases on the meeting screen (registered in ../run/phasePanels.tsx).

/** INFORMATION: the informants tell what they know; their briefings, to read. */
export function InformationPanel({ meeting }: PhasePanelProps) {
  const { t } = useTranslation('conferences');
  const informants = meeting.participants.filter((p) => p.isInformant);
  return (
    <div className="run-phase-panel" data-testid="panel-information">
      <p>{t('panels.informationIntro')}</p>
      {informants.length === 0 ? <p>{t('panels.noInformants')}</p> : <InformantList informants={informants} />}
    </div>
  );
}

/** PRIVATE_FAMILY_TIME: professionals leave; start and end are recorded. */
export function PrivateFamilyTimePanel({ meeting, exclusive }: PhasePanelProps) {
  return (
    <div className="run-phase-panel" data-testid="panel-private-time">
      <PrivateTimeControls meeting={meeting} exclusive={exclusive} />
    </div>
  );
}

/** PLAN_PRESENTATION: the family's plan and one answer per question, in the run draft (autosaved). */
export function PlanPresentationPanel({ meeting, draft, onChange, disabled }: PhasePanelProps) {
  const { t } = useTranslation('conferences');
  const id = useId();
  const questions = meeting.conference?.questions ?? [];
  return (
    <div className="run-phase-panel" data-testid="panel-plan">
      <TextAreaField
        id={`${id}-plan`}
        label={t('panels.planLabel')}
        hint={t('panels.planHint')}
        rows={8}
        disabled={disabled}
        value={draft.familyPlan}
        onChange={(event) => {
          const familyPlan = event.target.value;
          onChange((d) => ({ ...d, familyPlan }));
        }}
      />
      {questions.length === 0 && <p>{t('panels.noQuestions')}</p>}
      {questions.map((question) => (
        <TextAreaField
          key={question.id}
          id={`${id}-answer-${question.id}`}
          label={t('panels.answerLabel', { question: question.text })}
          rows={3}
          disabled={disabled}
          value={draft.answers[question.id] ?? question.answer}
          onChange={(event) => {
            const answer = event.target.value;
            onChange((d) => ({ ...d, answers: { ...d.answers, [question.id]: answer } }));
          }}
        />
      ))}
    </div>
  );
}
