import type { MeetingPhase } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';

interface PhaseStepperProps {
  phases: readonly MeetingPhase[];
  current: MeetingPhase | null;
  onSelect: (phase: MeetingPhase) => void;
  disabled: boolean;
}

/**
 * The agenda as an ordered list of buttons (Tab + Enter), the current phase marked with
 * aria-current="step", and "Forrige fase"/"Næste fase" beside it.
 */
export function PhaseStepper({ phases, current, onSelect, disabled }: PhaseStepperProps) {
  const { t } = useTranslation(['meetingRun', 'meetings']);
  const index = current ? phases.indexOf(current) : -1;
  const go = (to: number) => {
    const phase = phases[to];
    if (phase) onSelect(phase);
  };
  return (
    <nav className="run-stepper" aria-labelledby="run-stepper-heading">
      <h2 id="run-stepper-heading" className="h3">
        {t('meetingRun:phases.heading')}
      </h2>
      <ol className="run-stepper-list">
        {phases.map((phase, position) => (
          <li key={phase}>
            <button
              type="button"
              className={phase === current ? 'run-step run-step-current' : 'run-step'}
              aria-current={phase === current ? 'step' : undefined}
              onClick={() => onSelect(phase)}
              disabled={disabled}
            >
              <span className="run-step-number" aria-hidden="true">
                {position + 1}
              </span>
              {t(`meetings:phase.${phase}`)}
            </button>
          </li>
        ))}
      </ol>
      <div className="run-stepper-buttons">
        <button type="button" className="button button-secondary" onClick={() => go(index - 1)} disabled={disabled || index <= 0}>
          {t('meetingRun:phases.previous')}
        </button>
        <button type="button" className="button button-primary" onClick={() => go(index + 1)} disabled={disabled || index >= phases.length - 1}>
          {t('meetingRun:phases.next')}
        </button>
      </div>
    </nav>
  );
}
