import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../ui/StatusMessage';
import { toLocalInput } from './runDraft';
import type { SaveStatus } from './useRunAutosave';

/** The autosave's state in a polite live region: "Gemt kl. 14.03", "Gemmer …", "Ikke gemt – ingen forbindelse". */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const { t } = useTranslation('meetingRun');
  const text = (() => {
    switch (status.kind) {
      case 'saved':
        return t('save.saved', { time: toLocalInput(status.at).slice(11).replace(':', '.') });
      case 'pending':
        return t('save.pending');
      case 'saving':
        return t('save.saving');
      case 'offline':
        return t('save.offline');
      case 'failed':
        return t('save.failed');
      case 'conflict':
        return t('conflict.heading');
    }
  })();
  const warn = status.kind === 'offline' || status.kind === 'failed' || status.kind === 'conflict';
  return (
    <StatusMessage busy={status.kind === 'saving'} className={warn ? 'run-save-status run-save-warning' : 'run-save-status'}>
      <span data-testid="run-save-status">{text}</span>
    </StatusMessage>
  );
}
