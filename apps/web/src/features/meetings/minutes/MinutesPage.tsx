import { MeetingParams, type MinutesAudience } from '@inddrag/contracts';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import { meetingRunCalls, minutesPdfUrl, useInvalidateMinutes, useMeetingMinutes } from '../../../api/meetingRun';
import { useMeeting, useMeetingWriteResult } from '../../../api/meetings';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { meetingPaths } from '../paths';
import { MinutesView } from './MinutesView';
import './minutes.css';

/**
 * `/moeder/:meetingId/referat` (…?udgave=netvaerk for the network's version): the minutes as a
 * printable A4 page, the PDF, and "Læg referatet på sagen" once the meeting is held.
 */
export function MinutesPage() {
  const { t } = useTranslation(['meetingRun', 'meetings']);
  usePageTitle(t('meetingRun:minutes.pageTitle'));
  const parsed = MeetingParams.safeParse(useParams());
  const meetingId = parsed.success ? parsed.data.meetingId : '';
  const [search, setSearch] = useSearchParams();
  const audience: MinutesAudience = search.get('udgave') === 'netvaerk' ? 'NETWORK' : 'PROFESSIONAL';
  const meeting = useMeeting(meetingId);
  const minutes = useMeetingMinutes(meetingId, audience);
  const format = useFormatters();
  const written = useMeetingWriteResult();
  const invalidate = useInvalidateMinutes();
  const share = useMutation({
    mutationFn: (version: number) => meetingRunCalls.share(meetingId, version),
    onSuccess: (detail) => {
      written(detail);
      void invalidate(meetingId);
    },
  });

  if (!parsed.success || (minutes.isError && isApiError(minutes.error) && minutes.error.status === 404)) {
    return <p className="alert alert-warning">{t('meetingRun:notFound')}</p>;
  }
  const m = meeting.data;
  return (
    <div className="minutes-screen">
      <div className="minutes-controls">
        <p>
          <Link to={meetingPaths.run(meetingId)}>{t('meetings:backToMeeting')}</Link>
        </p>
        <PageHeading>{t('meetingRun:minutes.pageTitle')}</PageHeading>
        <fieldset className="minutes-audience-choice">
          <legend>{t('meetingRun:minutes.version')}</legend>
          {(['PROFESSIONAL', 'NETWORK'] as const).map((choice) => (
            <div className="form-group-radio" key={choice}>
              <input
                type="radio"
                className="form-radio"
                id={`minutes-audience-${choice}`}
                name="minutes-audience"
                checked={audience === choice}
                onChange={() => setSearch(choice === 'NETWORK' ? { udgave: 'netvaerk' } : {}, { replace: true })}
              />
              <label className="form-label" htmlFor={`minutes-audience-${choice}`}>
                {choice === 'NETWORK' ? t('meetingRun:minutes.network') : t('meetingRun:minutes.professional')}
              </label>
              {choice === 'NETWORK' && <span className="form-hint">{t('meetingRun:minutes.networkHint')}</span>}
            </div>
          ))}
        </fieldset>
        <div className="minutes-buttons">
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            {t('meetingRun:minutes.print')}
          </button>
          <a className="button button-secondary" href={minutesPdfUrl(meetingId, audience)} download>
            {t('meetingRun:minutes.pdf')}
          </a>
          {m && m.status === 'HELD' && m.can.run && !m.minutesSharedAt && (
            <button type="button" className="button button-primary" aria-describedby="minutes-share-hint" onClick={() => share.mutate(m.version)} disabled={share.isPending}>
              {share.isPending ? t('meetingRun:minutes.sharing') : t('meetingRun:minutes.share')}
            </button>
          )}
        </div>
        {m && m.status === 'HELD' && !m.minutesSharedAt && (
          <p className="form-hint" id="minutes-share-hint">
            {t('meetingRun:minutes.shareHint')}
          </p>
        )}
        {share.isError && <ErrorBanner error={share.error} heading={t('meetingRun:minutes.shareError')} />}
        <StatusMessage>{m?.minutesSharedAt ? t('meetingRun:minutes.sharedAt', { date: format.dateTime(m.minutesSharedAt) }) : ''}</StatusMessage>
        {m?.status === 'IN_PROGRESS' && <p className="alert alert-info">{t('meetingRun:minutes.draft')}</p>}
      </div>
      {minutes.isPending && <StatusMessage busy>{t('meetingRun:minutes.loading')}</StatusMessage>}
      {minutes.isError && <ErrorBanner error={minutes.error} heading={t('meetingRun:minutes.loadError')} onRetry={() => void minutes.refetch()} />}
      {minutes.data && <MinutesView minutes={minutes.data} />}
    </div>
  );
}
