import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { AdminNav } from '../components/AdminNav';
import { InsightExportForm } from './InsightExportForm';
import { InsightReport } from './InsightReport';
import { useInsightExport } from './useInsightExport';

/** /admin/indsigt: a citizen's insight into the log of a child's case (GDPR art. 15). */
export function InsightExportPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('insight.title'));
  const insight = useInsightExport();
  const [announcement, setAnnouncement] = useState('');

  return (
    <div className="insight-page">
      <div className="no-print">
        <AdminNav />
        <PageHeading>{t('insight.title')}</PageHeading>
        <p className="font-lead">{t('insight.intro')}</p>
        <div role="status" className="sr-only">
          {announcement}
        </div>
        <InsightExportForm
          onExport={async (request) => {
            setAnnouncement('');
            const report = await insight.mutateAsync(request);
            setAnnouncement(t('insight.ready', { caseNumber: report.caseNumber }));
          }}
        />
      </div>
      {insight.data && !insight.isPending && <InsightReport report={insight.data} />}
    </div>
  );
}
