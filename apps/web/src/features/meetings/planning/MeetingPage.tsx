import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';

/** `/moeder/:meetingId`: the meeting's plan, participants, invitations and preparation (helper: planning). */
export function MeetingPage() {
  const { t } = useTranslation('meetings');
  return <PageHeading>{t('loading')}</PageHeading>;
}
