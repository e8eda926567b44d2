import type { MeetingDetail } from '@inddrag/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { draftOf, TEXT_FIELDS, type RunDraft } from './runDraft';

interface ConflictNoticeProps {
  current: MeetingDetail;
  mine: RunDraft;
  onChoose: (choice: 'mine' | 'theirs') => void;
}

/** After a 409: who saved, their text and the user's side by side, and the choice. Nothing typed is lost. */
export function ConflictNotice({ current, mine, onChoose }: ConflictNoticeProps) {
  const { t } = useTranslation(['meetingRun', 'meetings']);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const theirs = draftOf(current);
  const rows: { label: string; theirs: string; mine: string }[] = [];
  for (const field of TEXT_FIELDS) {
    if (theirs[field] !== mine[field]) rows.push({ label: t(`meetingRun:fields.${field}`), theirs: theirs[field], mine: mine[field] });
  }
  for (const phase of current.phases) {
    const a = theirs.phaseNotes[phase] ?? '';
    const b = mine.phaseNotes[phase] ?? '';
    if (a !== b) rows.push({ label: t('meetingRun:fields.phaseNotes', { phase: t(`meetings:phase.${phase}`) }), theirs: a, mine: b });
  }
  return (
    <div className="alert alert-warning run-conflict" role="alert" tabIndex={-1} ref={ref} aria-labelledby="run-conflict-heading">
      <div className="alert-body">
        <h2 id="run-conflict-heading" className="alert-heading">
          {t('meetingRun:conflict.heading')}
        </h2>
        <p className="alert-text">{t('meetingRun:conflict.text', { name: current.lastSaved.by?.name ?? t('meetingRun:conflict.someone') })}</p>
        {rows.length > 0 && (
          <table className="table table--compact run-conflict-table">
            <thead>
              <tr>
                <th scope="col">{t('meetingRun:conflict.field')}</th>
                <th scope="col">{t('meetingRun:conflict.theirs')}</th>
                <th scope="col">{t('meetingRun:conflict.mine')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td className="run-preserve">{row.theirs}</td>
                  <td className="run-preserve">{row.mine}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="run-buttons">
          <button type="button" className="button button-primary" onClick={() => onChoose('mine')}>
            {t('meetingRun:conflict.keepMine')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => onChoose('theirs')}>
            {t('meetingRun:conflict.takeTheirs')}
          </button>
        </div>
      </div>
    </div>
  );
}
