import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';

/** `/moeder/:meetingId/invitation/:participantId`: the invitation letter, printable (helper: planning). */
export function InvitationLetterPage() {
  const { t } = useTranslation('meetings');
  return <PageHeading>{t('loading')}</PageHeading>;
}
