import { zodResolver } from '@hookform/resolvers/zod';
import { CprInput, CreateCaseRequest, passesModulus11, type CreateCaseFormInput, type NotificationSource } from '@inddrag/contracts';
import { useMemo } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { isApiError } from '../../../api/ApiError';
import { Icon } from '../../../ui/Icon';
import { PageHeading } from '../../../ui/PageHeading';
import { TextField } from '../../../ui/TextField';
import { usePageTitle } from '../../../ui/usePageTitle';
import { SubmitButton } from '../../admin/forms/SubmitButton';
import { useSession } from '../../auth/useSession';
import { BackToCases } from '../detail/BackToCases';
import { canCreateCase, type CreatedCaseState } from './createdCase';
import { FormFeedback } from './forms/FormFeedback';
import { caseNumberIn, isCaseExists } from './forms/problems';
import { copenhagenToday } from '../../../i18n/today';
import { useCaseForm } from './forms/useCaseForm';
import { NotificationFields, useNotificationMessages } from './NotificationFields';
import { useCreateCase } from './useCreateCase';
import './register.css';

type Output = z.output<typeof CreateCaseRequest>;

const FIELDS = [
  'child.firstName',
  'child.lastName',
  'child.cpr',
  'child.address',
  'notification.receivedOn',
  'notification.source',
  'notification.sourceName',
  'notification.content',
  'notification.concernsAbuse',
  'awareOn',
] as const;

/** Empty optional fields are "not given" before the contract checks them. */
function prepare(values: CreateCaseFormInput): CreateCaseFormInput {
  const blank = (value: string | null | undefined) => (value?.trim() ? value : null);
  return {
    ...values,
    awareOn: values.awareOn ? values.awareOn : undefined,
    child: { ...values.child, address: blank(values.child.address) },
    notification: { ...values.notification, sourceName: blank(values.notification.sourceName) },
  };
}

const baseResolver = zodResolver(CreateCaseRequest);
const resolver: Resolver<CreateCaseFormInput, unknown, Output> = (values, context, options) =>
  baseResolver(prepare(values), context, options);

/** `/sager/ny`: "Registrér underretning" — a notification about a child without an open case opens the case. */
export function RegisterCasePage() {
  const { t } = useTranslation('caseRegister');
  const { user } = useSession({ fetch: false });
  usePageTitle(t('create.title'));
  return (
    <>
      <BackToCases />
      <PageHeading>{t('create.title')}</PageHeading>
      {canCreateCase(user) ? (
        <>
          <p className="font-lead">{t('create.intro')}</p>
          <RegisterCaseForm />
        </>
      ) : (
        <p>{t('create.noAccess')}</p>
      )}
    </>
  );
}

function RegisterCaseForm() {
  const { t } = useTranslation('caseRegister');
  const navigate = useNavigate();
  const create = useCreateCase();
  const today = useMemo(() => copenhagenToday(), []);
  const form = useForm<CreateCaseFormInput, unknown, Output>({
    resolver,
    defaultValues: {
      child: { firstName: '', lastName: '', cpr: '', address: '' },
      awareOn: '',
      notification: { receivedOn: today, source: '' as NotificationSource, sourceName: '', content: '', concernsAbuse: false },
    },
    shouldFocusError: false,
  });
  const notificationMessages = useNotificationMessages();
  const errors = useCaseForm(form, FIELDS, {
    'notification.receivedOn': notificationMessages.receivedOn,
    'notification.source': notificationMessages.source,
    awareOn: t('form.dateRequired'),
  });

  const cpr = useWatch({ control: form.control, name: 'child.cpr' });
  const parsedCpr = CprInput.safeParse(cpr);
  const modulus11Warning = parsedCpr.success && !passesModulus11(parsedCpr.data);

  const onValid = async (values: Output) => {
    try {
      const created = await create.mutateAsync(values);
      const state: CreatedCaseState = { created: { caseNumber: created.caseNumber, warnings: created.warnings } };
      await navigate(`/sager/${created.id}`, { state });
    } catch (error) {
      if (isCaseExists(error)) {
        errors.clear();
        return;
      }
      errors.onServerError(error);
    }
  };

  const existing = create.isError && isCaseExists(create.error) ? create.error : null;
  const existingDetail = isApiError(existing) ? existing.problem.detail : undefined;
  const existingNumber = caseNumberIn(existingDetail);

  return (
    <form noValidate onSubmit={errors.submitWith(onValid)} className="register-form" data-testid="register-case-form">
      <FormFeedback errors={errors} heading={t('create.errorHeading')} />
      {existing && (
        <div className="alert alert-warning" role="alert" data-testid="case-exists">
          <Icon name="warning" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-heading">{t('create.caseExistsHeading')}</p>
            {existingDetail && <p className="alert-text">{existingDetail}</p>}
            {existingNumber && (
              <p className="alert-text">
                <Link to={`/sager?q=${encodeURIComponent(existingNumber)}`}>
                  {t('create.openExisting', { caseNumber: existingNumber })}
                </Link>
              </p>
            )}
          </div>
        </div>
      )}
      <fieldset className="register-group">
        <legend>
          <h2 className="h3">{t('create.child')}</h2>
        </legend>
        <div className="register-name-fields">
          <TextField {...errors.field('child.firstName')} label={t('create.firstName')} autoComplete="off" width="m" />
          <TextField {...errors.field('child.lastName')} label={t('create.lastName')} autoComplete="off" width="m" />
        </div>
        <TextField
          {...errors.field('child.cpr')}
          label={t('create.cpr')}
          hint={t('create.cprHint')}
          inputMode="numeric"
          autoComplete="off"
          width="s"
        />
        <div aria-live="polite" className="register-cpr-warning">
          {modulus11Warning && (
            <div className="alert alert-warning" data-testid="cpr-modulus11-warning">
              <Icon name="warning" className="alert-icon" />
              <div className="alert-body">
                <p className="alert-text">{t('create.cprModulus11')}</p>
              </div>
            </div>
          )}
        </div>
        <TextField
          {...errors.field('child.address')}
          label={`${t('create.address')} ${t('form.optional')}`}
          autoComplete="off"
          width="xl"
        />
      </fieldset>
      <fieldset className="register-group">
        <legend>
          <h2 className="h3">{t('create.notification')}</h2>
        </legend>
        <NotificationFields
          today={today}
          fields={{
            receivedOn: errors.field('notification.receivedOn'),
            source: errors.field('notification.source'),
            sourceName: errors.field('notification.sourceName'),
            content: errors.field('notification.content'),
            concernsAbuse: errors.field('notification.concernsAbuse'),
          }}
        />
        <TextField
          {...errors.field('awareOn')}
          type="date"
          max={today}
          label={`${t('create.awareOn')} ${t('form.optional')}`}
          hint={t('create.awareOnHint')}
          width="s"
        />
      </fieldset>
      <SubmitButton busy={create.isPending}>{create.isPending ? t('create.submitting') : t('create.submit')}</SubmitButton>
    </form>
  );
}
