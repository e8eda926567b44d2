import type { MeetingDetail } from '@inddrag/contracts';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meetingRunCalls } from '../../../api/meetingRun';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Spinner } from '../../../ui/Spinner';

interface FinishSectionProps {
  meeting: MeetingDetail;
  exclusive: (write: (version: number) => Promise<MeetingDetail>) => Promise<MeetingDetail>;
  onFinished: () => void;
}

/** "Afslut mødet": HELD (the notes stay correctable until the minutes are shared). */
export function FinishSection({ meeting, exclusive, onFinished }: FinishSectionProps) {
  const { t } = useTranslation('meetingRun');
  const finish = useMutation({
    mutationFn: () => exclusive((version) => meetingRunCalls.finish(meeting.id, { version })),
    onSuccess: onFinished,
  });
  return (
    <section className="run-section run-finish" aria-labelledby="run-finish-heading">
      <h2 id="run-finish-heading" className="h3">
        {t('finish.heading')}
      </h2>
      <p>{t('finish.text')}</p>
      {finish.isError && <ErrorBanner error={finish.error} heading={t('finish.error')} />}
      <button type="button" className="button button-primary" onClick={() => finish.mutate()} disabled={finish.isPending}>
        {finish.isPending ? (
          <>
            <Spinner /> {t('finish.finishing')}
          </>
        ) : (
          t('finish.button')
        )}
      </button>
    </section>
  );
}
