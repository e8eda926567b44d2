import { NotificationSource } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { SelectInput, TextAreaField, TextField } from '../../../ui/TextField';
import { CheckboxField } from './forms/ChoiceFields';
import type { CaseFieldProps } from './forms/useCaseForm';

export interface NotificationFieldProps {
  receivedOn: CaseFieldProps;
  source: CaseFieldProps;
  sourceName: CaseFieldProps;
  content: CaseFieldProps;
  concernsAbuse: CaseFieldProps;
}

/** The notification's fields, used when a case is opened and when a new one arrives on a case. */
export function NotificationFields({ fields, today }: { fields: NotificationFieldProps; today: string }) {
  const { t } = useTranslation('caseRegister');
  return (
    <>
      <TextField {...fields.receivedOn} type="date" max={today} label={t('notification.receivedOn')} width="s" />
      <SelectInput {...fields.source} label={t('notification.source')}>
        <option value="">{t('notification.sourcePlaceholder')}</option>
        {NotificationSource.options.map((source) => (
          <option key={source} value={source}>
            {t(`notification.sources.${source}`)}
          </option>
        ))}
      </SelectInput>
      <TextField
        {...fields.sourceName}
        label={`${t('notification.sourceName')} ${t('form.optional')}`}
        hint={t('notification.sourceNameHint')}
        width="l"
      />
      <TextAreaField {...fields.content} label={t('notification.content')} rows={6} width="xl" />
      <CheckboxField
        {...fields.concernsAbuse}
        label={t('notification.concernsAbuse')}
        hint={t('notification.concernsAbuseHint')}
      />
    </>
  );
}

/** Messages for the notification's fields whose contract check speaks English. */
export function useNotificationMessages() {
  const { t } = useTranslation('caseRegister');
  return { receivedOn: t('form.dateRequired'), source: t('notification.sourceRequired') };
}
