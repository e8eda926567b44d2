import type { MeetingDetail } from '@inddrag/contracts';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TextAreaField, TextField } from '../../../ui/TextField';
import { meetingPaths } from '../paths';
import { AttendanceList } from './AttendanceList';
import { ConflictNotice } from './ConflictNotice';
import { DecisionsSection } from './DecisionsSection';
import { FidelitySection } from './FidelitySection';
import { FinishSection } from './FinishSection';
import { FollowUpSection } from './FollowUpSection';
import { PHASE_PANELS } from './phasePanels';
import { PhaseStepper } from './PhaseStepper';
import { SaveStatusLine } from './SaveStatusLine';
import { ScoresSection } from './ScoresSection';
import { useRunAutosave } from './useRunAutosave';
import type { RunTextField } from './runDraft';

/** The facilitator's meeting screen while the meeting runs, and for corrections after it until the minutes are shared. */
export function MeetingScreen({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation(['meetingRun', 'meetings']);
  const run = useRunAutosave(meeting);
  const { draft, update, status } = run;
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const frozen = !meeting.can.run || meeting.minutesSharedAt !== null || status.kind === 'conflict';
  const phase = draft.currentPhase ?? meeting.phases[0]!;
  const Panel = PHASE_PANELS[phase];
  const attended = meeting.participants.filter((p) => draft.attendance[p.id] === true).map((p) => p.id);
  const text = (field: RunTextField, rows = 6, hint?: string) => (
    <TextAreaField
      id={`run-${field}`}
      label={t(`meetingRun:fields.${field}`)}
      hint={hint}
      rows={rows}
      value={draft[field]}
      disabled={frozen}
      onChange={(event) => {
        const value = event.target.value;
        update((d) => ({ ...d, [field]: value }));
      }}
    />
  );

  return (
    <div className="run-screen">
      <div className="run-toolbar">
        <SaveStatusLine status={status} />
        {meeting.status === 'HELD' && (
          <Link to={meetingPaths.minutes(meeting.id)} className="button button-secondary">
            {t('meetingRun:toMinutes')}
          </Link>
        )}
      </div>
      {run.restoredNotice && (
        <div className="alert alert-info" role="status">
          <div className="alert-body">
            <p className="alert-text">{t('meetingRun:save.restored')}</p>
            <button type="button" className="button button-tertiary" onClick={run.dismissRestored}>
              {t('meetingRun:save.dismiss')}
            </button>
          </div>
        </div>
      )}
      {status.kind === 'conflict' && <ConflictNotice current={status.current} mine={status.mine} onChoose={run.resolveConflict} />}
      {meeting.minutesSharedAt && <p className="alert alert-info">{t('meetingRun:shared')}</p>}
      {!meeting.can.run && <p className="alert alert-info">{t('meetingRun:readOnly')}</p>}
      {meeting.status === 'HELD' && meeting.can.run && <FidelitySection meeting={meeting} exclusive={run.exclusive} />}
      {meeting.followUp && <FollowUpSection caseId={meeting.caseId} meetingId={meeting.id} followUp={meeting.followUp} />}

      {meeting.status === 'IN_PROGRESS' && (
        <PhaseStepper
          phases={meeting.phases}
          current={draft.currentPhase}
          disabled={frozen}
          onSelect={(next) => {
            update((d) => ({ ...d, currentPhase: next }));
            panelHeading.current?.focus();
          }}
        />
      )}
      <section className="run-section run-phase" aria-labelledby="run-phase-heading">
        <h2 id="run-phase-heading" className="h3" tabIndex={-1} ref={panelHeading}>
          {t('meetingRun:phases.step', {
            number: meeting.phases.indexOf(phase) + 1,
            total: meeting.phases.length,
            phase: t(`meetings:phase.${phase}`),
          })}
        </h2>
        <Panel meeting={meeting} phase={phase} draft={draft} onChange={update} disabled={frozen} exclusive={run.exclusive} />
      </section>

      <AttendanceList meeting={meeting} draft={draft} onChange={update} disabled={frozen} />

      <section className="run-section" aria-labelledby="run-columns-heading">
        <h2 id="run-columns-heading" className="h3">
          {t('meetingRun:columns.heading')}
        </h2>
        <div className="run-columns">
          {text('worries', 10)}
          {text('workingWell', 10)}
          {text('nextSteps', 10)}
        </div>
      </section>

      <DecisionsSection meeting={meeting} disabled={frozen} exclusive={run.exclusive} />
      <ScoresSection key={attended.join(',')} meeting={meeting} attended={attended} disabled={frozen} />

      <section className="run-section" aria-labelledby="run-next-heading">
        <h2 id="run-next-heading" className="h3">
          {t('meetingRun:nextMeeting.heading')}
        </h2>
        <TextField
          id="run-nextMeetingAt"
          type="datetime-local"
          label={t('meetingRun:fields.nextMeetingAt')}
          width="l"
          value={draft.nextMeetingAt}
          disabled={frozen}
          onChange={(event) => {
            const value = event.target.value;
            update((d) => ({ ...d, nextMeetingAt: value }));
          }}
        />
        {text('nextMeetingNote', 2)}
      </section>

      <section className="run-section run-professional" aria-labelledby="run-professional-heading">
        <h2 id="run-professional-heading" className="h3">
          {t('meetingRun:professional.heading')}
        </h2>
        {text('professionalNotes', 4, t('meetingRun:professional.hint'))}
      </section>

      {meeting.status === 'IN_PROGRESS' && meeting.can.run && (
        <FinishSection meeting={meeting} exclusive={run.exclusive} onFinished={() => window.scrollTo({ top: 0 })} />
      )}
    </div>
  );
}
