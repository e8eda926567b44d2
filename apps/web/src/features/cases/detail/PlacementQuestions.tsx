import { zodResolver } from '@hookform/resolvers/zod';
import { DecisionInput, NetworkMethod, type DecisionFormInput } from '@inddrag/contracts';
import type { Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { TextAreaField } from '../../../ui/TextField';
import { CheckboxField, RadioGroupField } from '../register/forms/ChoiceFields';
import type { useCaseForm } from '../register/forms/useCaseForm';

type Output = z.output<typeof DecisionInput>;

/** Radio buttons give strings; the contract wants true, false or null (not answered), and null for no method. */
const asBoolean = (value: unknown) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : null);
const asMethod = (value: unknown) => (value === '' || value === null || value === undefined ? null : value);
const zodDecision = zodResolver(DecisionInput);
export const decisionResolver: Resolver<DecisionFormInput, unknown, Output> = (values, context, options) =>
  zodDecision(
    {
      ...values,
      networkMethodConsidered: asBoolean(values.networkMethodConsidered),
      networkMethodUsed: asMethod(values.networkMethodUsed) as DecisionFormInput['networkMethodUsed'],
      networkMethodReason: values.networkMethodReason === '' ? null : values.networkMethodReason,
    },
    context,
    options,
  );

type FieldOf = ReturnType<typeof useCaseForm<DecisionFormInput, Output>>['field'];

/**
 * Before a placement: was a family group conference or another network-inclusive method
 * considered, which was used, and if none, why (seed 001); a placement in the network is marked.
 */
export function PlacementQuestions({ field }: { field: FieldOf }) {
  const { t } = useTranslation('caseRegister');
  return (
    <fieldset className="placement-questions" data-testid="placement-questions">
      <legend className="h5">{t('decisions.network.legend')}</legend>
      <p className="form-hint">{t('decisions.network.intro')}</p>
      <RadioGroupField
        {...field('networkMethodConsidered')}
        legend={t('decisions.network.considered')}
        options={[
          { value: 'true', label: t('decisions.network.yes') },
          { value: 'false', label: t('decisions.network.no') },
        ]}
      />
      <RadioGroupField
        {...field('networkMethodUsed')}
        legend={t('decisions.network.used')}
        options={NetworkMethod.options.map((method) => ({ value: method, label: t(`decisions.network.method.${method}`) }))}
      />
      <TextAreaField
        {...field('networkMethodReason')}
        label={t('decisions.network.reason')}
        hint={t('decisions.network.reasonHint')}
        width="xl"
      />
      <CheckboxField {...field('placementInNetwork')} label={t('decisions.network.inNetwork')} />
    </fieldset>
  );
}
