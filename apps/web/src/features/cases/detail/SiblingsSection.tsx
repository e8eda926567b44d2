import { zodResolver } from '@hookform/resolvers/zod';
import { LinkSiblingRequest, type CaseDetail, type SiblingRef } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TextField } from '../../../ui/TextField';
import { SubmitButton } from '../../admin/forms/SubmitButton';
import { FormFeedback } from '../register/forms/FormFeedback';
import { useCaseForm } from '../register/forms/useCaseForm';
import { useLinkSibling, useUnlinkSibling } from './useCaseRegister';

/** "Søskende": the siblings' own cases (links), linking one by its case number, and unlinking. */
export function SiblingsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation(['caseRegister', 'cases']);
  const headingId = useId();
  const captionId = useId();
  const canLink = detail.can.linkSiblings;
  const unlink = useUnlinkSibling(detail.id);
  const [status, setStatus] = useState('');

  const onUnlink = (sibling: SiblingRef) => {
    setStatus('');
    const name = `${sibling.firstName} ${sibling.lastName}`;
    unlink.mutate(sibling.id, { onSuccess: () => setStatus(t('caseRegister:siblings.unlinked', { name })) });
  };

  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="siblings-section">
      <h2 id={headingId}>{t('caseRegister:siblings.heading')}</h2>
      <StatusMessage busy={unlink.isPending}>{unlink.isPending ? t('caseRegister:siblings.unlinking') : status}</StatusMessage>
      {unlink.isError && <ErrorBanner error={unlink.error} heading={t('caseRegister:siblings.unlinkError')} />}
      {detail.siblings.length === 0 ? (
        <p>{t('caseRegister:siblings.empty')}</p>
      ) : (
        <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="table table--compact">
            <caption id={captionId} className="sr-only">
              {t('caseRegister:siblings.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('caseRegister:siblings.columns.name')}</th>
                <th scope="col">{t('caseRegister:siblings.columns.caseNumber')}</th>
                <th scope="col">{t('caseRegister:siblings.columns.age')}</th>
                <th scope="col">{t('caseRegister:siblings.columns.phase')}</th>
                {canLink && <th scope="col">{t('caseRegister:siblings.columns.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {detail.siblings.map((sibling) => {
                const name = `${sibling.firstName} ${sibling.lastName}`;
                return (
                  <tr key={sibling.id}>
                    <th scope="row">
                      <Link to={`/sager/${sibling.id}`}>{name}</Link>
                    </th>
                    <td>{sibling.caseNumber}</td>
                    <td>{t('caseRegister:overview.age', { count: sibling.age })}</td>
                    <td>{t(`cases:phase.${sibling.phase}`)}</td>
                    {canLink && (
                      <td>
                        <button
                          type="button"
                          className="button button-tertiary"
                          aria-label={t('caseRegister:siblings.unlinkLabel', { name })}
                          aria-disabled={unlink.isPending || undefined}
                          onClick={() => {
                            if (!unlink.isPending) onUnlink(sibling);
                          }}
                        >
                          {t('caseRegister:siblings.unlink')}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {canLink && <LinkSiblingForm caseId={detail.id} onLinked={() => setStatus(t('caseRegister:siblings.linked'))} />}
    </section>
  );
}

type Input = z.input<typeof LinkSiblingRequest>;
type Output = z.output<typeof LinkSiblingRequest>;
const FIELDS = ['caseNumber'] as const;

function LinkSiblingForm({ caseId, onLinked }: { caseId: string; onLinked: () => void }) {
  const { t } = useTranslation('caseRegister');
  const link = useLinkSibling(caseId);
  const headingId = useId();
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(LinkSiblingRequest),
    defaultValues: { caseNumber: '' },
    shouldFocusError: false,
  });
  const errors = useCaseForm(form, FIELDS);

  const onValid = async (values: Output) => {
    try {
      await link.mutateAsync(values);
      form.reset();
      onLinked();
    } catch (error) {
      errors.onServerError(error);
    }
  };

  return (
    <form noValidate onSubmit={errors.submitWith(onValid)} className="case-form" aria-labelledby={headingId} data-testid="sibling-form">
      <h3 id={headingId}>{t('siblings.linkHeading')}</h3>
      <FormFeedback errors={errors} heading={t('siblings.errorHeading')} caseId={caseId} />
      <div className="inline-form">
        <TextField {...errors.field('caseNumber')} label={t('siblings.caseNumber')} hint={t('siblings.caseNumberHint')} width="s" />
        <SubmitButton busy={link.isPending} className="button button-secondary">
          {link.isPending ? t('form.saving') : t('siblings.link')}
        </SubmitButton>
      </div>
    </form>
  );
}
