import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';

/** `/sager/:caseId/moeder/nyt`: planning a meeting (helper: planning). */
export function PlanMeetingPage() {
  const { t } = useTranslation('meetings');
  return <PageHeading>{t('loading')}</PageHeading>;
}
