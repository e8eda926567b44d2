import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';

/** `/moeder`: my meetings; a coordinator's conferences (helper: conference). */
export function MyMeetingsPage() {
  const { t } = useTranslation('meetings');
  return <PageHeading>{t('loading')}</PageHeading>;
}
