import { ErrorBanner } from '../../../ui/ErrorBanner';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import type { useFormErrors } from './useFormErrors';

type FormErrors = Pick<ReturnType<typeof useFormErrors>, 'summary' | 'failure'>;

/** Above a form: the error summary (field and rule errors) or a banner for any other failure. */
export function FormProblems({ errors, failureHeading }: { errors: FormErrors; failureHeading?: string }) {
  const { summary, failure } = errors;
  return (
    <>
      {summary.visible && <ErrorSummary items={summary.items} message={summary.message} focusKey={summary.focusKey} />}
      {failure !== null && <ErrorBanner error={failure} {...(failureHeading ? { heading: failureHeading } : {})} />}
    </>
  );
}
