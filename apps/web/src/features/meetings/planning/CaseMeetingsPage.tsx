import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';

/** `/sager/:caseId/moeder`: the case's meetings (helper: planning). */
export function CaseMeetingsPage() {
  const { t } = useTranslation('meetings');
  return <PageHeading>{t('loading')}</PageHeading>;
}
