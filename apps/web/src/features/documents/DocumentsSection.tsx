import type { CaseDocument } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentContentUrl } from '../../api/documents';
import { useFormatters } from '../../i18n/useFormatters';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Spinner } from '../../ui/Spinner';
import { StatusMessage } from '../../ui/StatusMessage';
import { fileSizeParts, typeName } from './fileSize';
import { UploadDocumentForm } from './UploadDocumentForm';
import { useDocuments } from './useDocuments';
import './documents.css';

interface DocumentsSectionProps {
  caseId: string;
  /** The user may attach documents (CaseDetail.can.uploadDocuments). */
  canUpload: boolean;
}

/** "Dokumenter": the case's PDF files and images; each download is logged by the API as an extraction. */
export function DocumentsSection({ caseId, canUpload }: DocumentsSectionProps) {
  const { t } = useTranslation('documents');
  const format = useFormatters();
  const headingId = useId();
  const captionId = useId();
  const list = useDocuments(caseId);
  const [status, setStatus] = useState('');

  const size = (bytes: number) => {
    const parts = fileSizeParts(bytes);
    const value = format.number(parts.value, { maximumFractionDigits: parts.fractionDigits });
    return t(`size.${parts.unit}`, { value });
  };

  const loadingText = list.isLoading ? t('loading') : '';
  const emptyText = list.hasData && list.documents.length === 0 ? t('empty') : '';

  const row = (document: CaseDocument) => (
    <tr key={document.id}>
      <td>
        {document.title}
        {document.note && <span className="document-note small-text">{t('note', { title: document.note.title })}</span>}
      </td>
      <td className="document-file-name">{document.fileName}</td>
      <td>{typeName(document.contentType)}</td>
      <td className="text-nowrap">{size(document.sizeBytes)}</td>
      <td>{document.uploadedBy.name}</td>
      <td className="text-nowrap">
        <time dateTime={document.uploadedAt}>{format.dateTime(document.uploadedAt)}</time>
      </td>
      <td>
        <a className="function-link" href={documentContentUrl(caseId, document.id)} download={document.fileName}>
          {t('download')}
          <span className="sr-only">
            {' '}
            {t('downloadNamed', {
              title: document.title,
              type: typeName(document.contentType),
              size: size(document.sizeBytes),
            })}
          </span>
        </a>
      </td>
    </tr>
  );

  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="documents">
      <h2 id={headingId}>{t('heading')}</h2>
      <StatusMessage busy={list.isLoading}>{loadingText || status}</StatusMessage>
      {list.error !== null && <ErrorBanner error={list.error} heading={t('loadError')} onRetry={list.retry} />}
      {emptyText && <p>{emptyText}</p>}
      {list.documents.length > 0 && (
        <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="table table--compact documents-table">
            <caption id={captionId} className="sr-only">
              {t('caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.title')}</th>
                <th scope="col">{t('columns.fileName')}</th>
                <th scope="col">{t('columns.type')}</th>
                <th scope="col">{t('columns.size')}</th>
                <th scope="col">{t('columns.uploadedBy')}</th>
                <th scope="col">{t('columns.uploadedAt')}</th>
                <th scope="col">{t('columns.download')}</th>
              </tr>
            </thead>
            <tbody>{list.documents.map(row)}</tbody>
          </table>
        </div>
      )}
      {list.hasNextPage && list.error === null && (
        <p className="case-results-more">
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={list.isFetchingNextPage}
            onClick={() => {
              if (!list.isFetchingNextPage) list.loadMore();
            }}
          >
            {list.isFetchingNextPage && <Spinner />}
            <span>{t('loadMore')}</span>
          </button>
        </p>
      )}
      {canUpload && (
        <UploadDocumentForm
          caseId={caseId}
          onUploaded={(message) => {
            setStatus(message);
          }}
        />
      )}
    </section>
  );
}
