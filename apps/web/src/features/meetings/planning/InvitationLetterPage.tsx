import { ParticipantParams, type InvitationLetter } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { invitationPdfUrl, useInvitationLetter } from '../../../api/meetingPlanning';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Icon } from '../../../ui/Icon';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { meetingPaths } from '../paths';
import { copenhagenParts } from './localTime';
import './invitation.css';

/** `/moeder/:meetingId/invitation/:participantId`: the invitation letter, printable on A4 and as PDF. */
export function InvitationLetterPage() {
  const { t } = useTranslation('meetings');
  usePageTitle(t('letter.title'));
  const parsed = ParticipantParams.safeParse(useParams());
  if (!parsed.success) {
    return (
      <>
        <PageHeading>{t('letter.title')}</PageHeading>
        <ErrorBanner error={null} heading={t('letter.loadError')} />
      </>
    );
  }
  return <Letter meetingId={parsed.data.meetingId} participantId={parsed.data.participantId} />;
}

function Letter({ meetingId, participantId }: { meetingId: string; participantId: string }) {
  const { t } = useTranslation('meetings');
  const letter = useInvitationLetter(meetingId, participantId);
  const data = letter.data;
  return (
    <div className="invitation-letter">
      <div className="no-print meeting-buttons">
        <Link to={meetingPaths.meeting(meetingId)} className="back-link">
          <Icon name="chevron-left" />
          {t('backToMeeting')}
        </Link>
        {data && (
          <>
            <button type="button" className="button button-primary" onClick={() => window.print()}>
              {t('letter.print')}
            </button>
            <a href={invitationPdfUrl(meetingId, participantId)} download className="button button-secondary">
              {t('letter.pdf')}
            </a>
          </>
        )}
      </div>
      <StatusMessage busy={letter.isPending}>{letter.isPending ? t('letter.loading') : ''}</StatusMessage>
      {letter.isError && (
        <>
          <PageHeading>{t('letter.title')}</PageHeading>
          <ErrorBanner error={letter.error} heading={t('letter.loadError')} onRetry={() => void letter.refetch()} />
        </>
      )}
      {data && <LetterText letter={data} />}
    </div>
  );
}

const longDate = (iso: string) =>
  new Intl.DateTimeFormat('da-DK', {
    timeZone: 'Europe/Copenhagen',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));
const clock = (iso: string) => copenhagenParts(iso).time.replace(':', '.');

/** The letter itself, in Danish whatever the app's language: it goes to the family and the network. */
function LetterText({ letter }: { letter: InvitationLetter }) {
  const { t } = useTranslation('meetings', { lng: 'da' });
  const when = `${longDate(letter.startsAt)} kl. ${clock(letter.startsAt)}${letter.endsAt ? `–${clock(letter.endsAt)}` : ''}`;
  return (
    <article lang="da" data-testid="invitation-letter">
      <p className="invitation-sender">{[letter.municipalityName, letter.unitName].filter(Boolean).join(' · ')}</p>
      <PageHeading>{t('letter.heading', { type: t(`type.${letter.meetingType}`).toLowerCase() })}</PageHeading>
      <p>{letter.greeting}</p>
      <p>{letter.what}</p>
      <h2>{t('letter.why')}</h2>
      <p className="invitation-text">{letter.why}</p>
      <dl className="invitation-facts">
        <dt>{t('letter.when')}</dt>
        <dd>{when}</dd>
        <dt>{t('letter.where')}</dt>
        <dd>{letter.place}</dd>
        {letter.inviterName && (
          <>
            <dt>{t('letter.inviter')}</dt>
            <dd>{letter.inviterName}</dd>
          </>
        )}
        {letter.leaderName && (
          <>
            <dt>{t('letter.leader')}</dt>
            <dd>{letter.leaderName}</dd>
          </>
        )}
      </dl>
      <h2>{t('letter.others')}</h2>
      {letter.others.length > 0 ? (
        <ul>
          {letter.others.map((other, index) => (
            <li key={`${other.name}-${index}`}>{`${other.name} (${other.relation})`}</li>
          ))}
        </ul>
      ) : (
        <p>{t('letter.noOthers')}</p>
      )}
      {letter.agenda.length > 0 && (
        <>
          <h2>{t('letter.agenda')}</h2>
          <ul>
            {letter.agenda.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <p>{letter.closing}</p>
      {letter.inviterName && (
        <p className="invitation-text">
          {t('letter.regards')}
          {'\n'}
          {letter.inviterName}
        </p>
      )}
    </article>
  );
}
