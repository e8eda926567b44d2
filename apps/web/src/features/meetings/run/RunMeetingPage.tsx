import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';

/** `/moeder/:meetingId/afhold`: the meeting screen (helper: running). */
export function RunMeetingPage() {
  const { t } = useTranslation('meetings');
  return <PageHeading>{t('loading')}</PageHeading>;
}
