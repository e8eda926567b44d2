import { zodResolver } from '@hookform/resolvers/zod';
import { DOCUMENT_CONTENT_TYPES, DOCUMENT_MAX_BYTES, UploadDocumentQuery } from '@inddrag/contracts';
import { useId, useState, type ChangeEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '../../api/ApiError';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ErrorSummary, type SummaryItem } from '../../ui/ErrorSummary';
import { Spinner } from '../../ui/Spinner';
import { FieldShell, TextField } from '../../ui/TextField';
import { titleFromFileName } from './fileSize';
import { useUploadDocument } from './useDocuments';

/** The title is checked with the contract's rule; the file itself is checked here and by the API. */
const TitleFields = UploadDocumentQuery.pick({ title: true });
type Input = z.input<typeof TitleFields>;
type Output = z.output<typeof TitleFields>;

/** The types the file picker offers (the API decides from the bytes). */
const ACCEPT = [
  ...DOCUMENT_CONTENT_TYPES,
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.tif',
  '.tiff',
  '.heic',
].join(',');

export function UploadDocumentForm({ caseId, onUploaded }: { caseId: string; onUploaded: (message: string) => void }) {
  const { t } = useTranslation('documents');
  const formId = useId();
  const ids = { file: `${formId}-file`, title: `${formId}-title` };
  // A new key after an upload gives a fresh, empty file input.
  const [fileInputKey, setFileInputKey] = useState(0);
  const upload = useUploadDocument(caseId);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    getValues,
    reset,
    formState: { errors },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(TitleFields),
    defaultValues: { title: '' },
    shouldFocusError: false,
  });

  /** Checked before anything is sent: no upload of a file the API would refuse for its size. */
  const checkFile = (candidate: File | null): string | undefined => {
    if (!candidate) return t('upload.errors.fileMissing');
    if (candidate.size === 0) return t('upload.errors.fileEmpty');
    if (candidate.size > DOCUMENT_MAX_BYTES) return t('upload.errors.fileTooLarge');
    return undefined;
  };

  const onFileChange = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    setFileError(chosen ? checkFile(chosen) : undefined);
    if (chosen && !getValues('title')) setValue('title', titleFromFileName(chosen.name));
  };

  const titleError = errors.title
    ? errors.title.type === 'server' && errors.title.message
      ? errors.title.message
      : t('upload.errors.title')
    : undefined;
  const items: SummaryItem[] = [
    ...(fileError ? [{ fieldId: ids.file, message: fileError }] : []),
    ...(titleError ? [{ fieldId: ids.title, message: titleError }] : []),
  ];

  const onServerError = (error: unknown) => {
    if (!isApiError(error)) return;
    if (error.status === 413) setFileError(t('upload.errors.fileTooLarge'));
    for (const fieldError of error.fieldErrors) {
      if (fieldError.path === 'querystring.title') setError('title', { type: 'server', message: fieldError.message });
      else if (fieldError.path === 'body' || fieldError.path === 'querystring.fileName')
        setFileError(fieldError.message);
    }
    setAttempt((n) => n + 1);
  };

  const onValid = (values: Output) => {
    setAttempt((n) => n + 1);
    const problem = checkFile(file);
    setFileError(problem);
    if (problem || !file) return;
    upload.mutate(
      { file, query: { title: values.title, fileName: file.name } },
      {
        onSuccess: (document) => {
          reset();
          setFile(null);
          setFileInputKey((n) => n + 1);
          onUploaded(t('upload.uploaded', { title: document.title }));
        },
        onError: onServerError,
      },
    );
  };

  const busy = upload.isPending;
  const handled = isApiError(upload.error) && (upload.error.status === 413 || upload.error.fieldErrors.length > 0);
  const generalError = upload.isError && !handled ? upload.error : null;

  return (
    <section className="document-upload" aria-labelledby={`${formId}-heading`}>
      <h3 id={`${formId}-heading`}>{t('upload.heading')}</h3>
      <form
        noValidate
        onSubmit={handleSubmit(onValid, () => {
          setFileError(checkFile(file));
          setAttempt((n) => n + 1);
        })}
      >
        {items.length > 0 && <ErrorSummary items={items} focusKey={attempt} />}
        {generalError && <ErrorBanner error={generalError} heading={t('upload.errors.heading')} />}
        <FieldShell id={ids.file} label={t('upload.file')} hint={t('upload.fileHint')} error={fileError}>
          {(describedBy) => (
            <input
              id={ids.file}
              key={fileInputKey}
              type="file"
              className="document-file-input"
              accept={ACCEPT}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={describedBy}
              onChange={onFileChange}
            />
          )}
        </FieldShell>
        <TextField
          id={ids.title}
          label={t('upload.title')}
          hint={t('upload.titleHint')}
          error={titleError}
          width="xl"
          maxLength={200}
          {...register('title')}
        />
        <button
          type="submit"
          className="button button-secondary document-upload-submit"
          aria-disabled={busy}
          onClick={(event) => {
            if (busy) event.preventDefault();
          }}
        >
          {busy && <Spinner />}
          <span>{busy ? t('upload.submitting') : t('upload.submit')}</span>
        </button>
      </form>
    </section>
  );
}
