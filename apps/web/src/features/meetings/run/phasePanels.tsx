import type { MeetingDetail, MeetingPhase } from '@inddrag/contracts';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../ui/TextField';
import type { RunDraft } from './runDraft';
import { InformationPanel, PlanPresentationPanel, PrivateFamilyTimePanel } from '../conference/ConferencePhasePanels';

/** What every phase panel gets: the meeting, the run document and how to change it. */
export interface PhasePanelProps {
  meeting: MeetingDetail;
  phase: MeetingPhase;
  draft: RunDraft;
  /** Changes the run document; the meeting screen autosaves it. */
  onChange: (change: (draft: RunDraft) => RunDraft) => void;
  disabled: boolean;
  /** Runs another versioned write of the screen after the autosave, on the version it left. */
  exclusive: (write: (version: number) => Promise<MeetingDetail>) => Promise<MeetingDetail>;
}

/** The generic panel: what the phase is about, and the notes for it. */
export function PhaseNotesPanel({ phase, draft, onChange, disabled }: PhasePanelProps) {
  const { t } = useTranslation(['meetingRun', 'meetings']);
  const id = `run-phase-notes-${phase}`;
  return (
    <div className="run-phase-panel">
      <p>{t(`meetingRun:phaseHint.${phase}`)}</p>
      <TextAreaField
        id={id}
        label={t('meetingRun:fields.phaseNotes', { phase: t(`meetings:phase.${phase}`) })}
        rows={5}
        value={draft.phaseNotes[phase] ?? ''}
        disabled={disabled}
        onChange={(event) => {
          const text = event.target.value;
          onChange((d) => ({ ...d, phaseNotes: { ...d.phaseNotes, [phase]: text } }));
        }}
      />
    </div>
  );
}

/**
 * The panel shown for each agenda phase on the meeting screen. One place to plug a phase's own
 * panel in: the family group conference's phases (INFORMATION, PRIVATE_FAMILY_TIME,
 * PLAN_PRESENTATION) get their components from ../conference/; every other phase uses the notes panel.
 */
export const PHASE_PANELS: Record<MeetingPhase, ComponentType<PhasePanelProps>> = {
  WELCOME: PhaseNotesPanel,
  ROUND: PhaseNotesPanel,
  INFORMATION: InformationPanel,
  WORRIES: PhaseNotesPanel,
  WORKING_WELL: PhaseNotesPanel,
  NEXT_STEPS: PhaseNotesPanel,
  PRIVATE_FAMILY_TIME: PrivateFamilyTimePanel,
  PLAN_PRESENTATION: PlanPresentationPanel,
  AGREEMENTS: PhaseNotesPanel,
  SCALING: PhaseNotesPanel,
  NEXT_MEETING: PhaseNotesPanel,
};
