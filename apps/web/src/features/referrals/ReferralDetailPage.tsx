import { ReferralParams, type IncomingReferral } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { useFormatters } from '../../i18n/useFormatters';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Icon } from '../../ui/Icon';
import { PageHeading } from '../../ui/PageHeading';
import { StatusMessage } from '../../ui/StatusMessage';
import { usePageTitle } from '../../ui/usePageTitle';
import { AcceptReferralForm } from './AcceptReferralForm';
import { ReturnReferralForm } from './ReturnReferralForm';
import { useIncomingReferral } from './useReferrals';
import './referrals.css';

/** `/visitationer/:referralId`: the package, and "Modtag og tildel" / "Send retur" while it waits. */
export function ReferralDetailPage() {
  const parsed = ReferralParams.safeParse(useParams());
  const { t } = useTranslation('referrals');
  usePageTitle(t('detail.pageTitle'));
  if (!parsed.success) return <NotFound />;
  return <ReferralLoader key={parsed.data.referralId} referralId={parsed.data.referralId} />;
}

function BackLink() {
  const { t } = useTranslation('referrals');
  return (
    <Link to="/visitationer" className="back-link">
      <Icon name="chevron-left" />
      {t('detail.back')}
    </Link>
  );
}

function NotFound() {
  const { t } = useTranslation('referrals');
  return (
    <>
      <BackLink />
      <PageHeading>{t('detail.pageTitle')}</PageHeading>
      <p className="font-lead">{t('detail.notFound')}</p>
    </>
  );
}

function ReferralLoader({ referralId }: { referralId: string }) {
  const { t } = useTranslation('referrals');
  const referral = useIncomingReferral(referralId);
  const [status, setStatus] = useState('');
  if (isApiError(referral.error) && referral.error.status === 404) return <NotFound />;
  if (!referral.data) {
    return (
      <>
        <BackLink />
        <StatusMessage busy={referral.isPending}>{referral.isPending ? t('detail.loading') : ''}</StatusMessage>
        {referral.isError && <ErrorBanner error={referral.error} heading={t('detail.loadError')} onRetry={() => void referral.refetch()} />}
      </>
    );
  }
  const data = referral.data;
  return (
    <>
      <BackLink />
      <PageHeading>{t('detail.title', { caseNumber: data.case.caseNumber })}</PageHeading>
      <StatusMessage>{status}</StatusMessage>
      {data.status === 'ACCEPTED' && (
        <p>
          <Link to={`/sager/${data.case.id}`} className="button button-secondary">
            {t('detail.openCase')}
          </Link>
        </p>
      )}
      <ReferralPackage referral={data} />
      {data.status === 'SENT' && (
        <div className="referral-answers">
          <AcceptReferralForm
            referral={data}
            onAccepted={(name) => setStatus(t('accept.accepted', { name }))}
            onReload={() => void referral.refetch()}
          />
          <ReturnReferralForm
            referral={data}
            onReturned={() => setStatus(t('sendBack.returned', { unit: data.fromUnit.name }))}
            onReload={() => void referral.refetch()}
          />
        </div>
      )}
    </>
  );
}

function ReferralPackage({ referral }: { referral: IncomingReferral }) {
  const { t } = useTranslation('referrals');
  const format = useFormatters();
  const factsId = useId();
  const decisionId = useId();
  const textsId = useId();
  const { child } = referral.case;
  return (
    <>
      <section className="case-section" aria-labelledby={factsId}>
        <h2 id={factsId}>{t('detail.facts')}</h2>
        <dl className="referral-package">
          <dt>{t('detail.child')}</dt>
          <dd>
            {child.firstName} {child.lastName}
          </dd>
          <dt>{t('detail.cpr')}</dt>
          <dd>{child.cprMasked}</dd>
          <dt>{t('detail.age')}</dt>
          <dd>{t('inbox.ageYears', { age: child.age })}</dd>
          <dt>{t('detail.caseNumber')}</dt>
          <dd>{referral.case.caseNumber}</dd>
          <dt>{t('detail.fromUnit')}</dt>
          <dd>{referral.fromUnit.name}</dd>
          <dt>{t('detail.sentBy')}</dt>
          <dd>{referral.sentBy?.name ?? t('detail.unknown')}</dd>
          <dt>{t('detail.sentAt')}</dt>
          <dd>{format.dateTime(referral.sentAt)}</dd>
          <dt>{t('detail.status')}</dt>
          <dd data-testid="referral-status">{t(`status.${referral.status}`)}</dd>
          {referral.decidedBy && referral.decidedAt && (
            <>
              <dt>{t('detail.decidedBy')}</dt>
              <dd>
                {referral.decidedBy.name}, {format.dateTime(referral.decidedAt)}
              </dd>
            </>
          )}
          {referral.assignedWorker && (
            <>
              <dt>{t('detail.assignedWorker')}</dt>
              <dd>{referral.assignedWorker.name}</dd>
            </>
          )}
          {referral.returnReason && (
            <>
              <dt>{t('detail.returnReason')}</dt>
              <dd>{referral.returnReason}</dd>
            </>
          )}
        </dl>
      </section>
      <section className="case-section" aria-labelledby={decisionId}>
        <h2 id={decisionId}>{t('detail.decision.heading')}</h2>
        {referral.decision ? (
          <dl className="referral-package">
            <dt>{t('detail.decision.measure')}</dt>
            <dd>{referral.decision.measure}</dd>
            <dt>{t('detail.decision.purpose')}</dt>
            <dd>{referral.decision.purpose}</dd>
            <dt>{t('detail.decision.expectedDuration')}</dt>
            <dd>{referral.decision.expectedDuration}</dd>
            <dt>{t('detail.decision.legalBasis')}</dt>
            <dd>{referral.decision.legalBasis}</dd>
            <dt>{t('detail.decision.decidedOn')}</dt>
            <dd>{format.calendarDate(referral.decision.decidedOn)}</dd>
          </dl>
        ) : (
          <p>{t('detail.decision.none')}</p>
        )}
      </section>
      <section className="case-section" aria-labelledby={textsId}>
        <h2 id={textsId} className="sr-only">
          {t('detail.summary')}
        </h2>
        <dl className="referral-package">
          <dt>{t('detail.summary')}</dt>
          <dd>{referral.assessmentSummary ?? t('detail.noText')}</dd>
          <dt>{t('detail.message')}</dt>
          <dd>{referral.message ?? t('detail.noText')}</dd>
          <dt>{t('detail.networkMaps')}</dt>
          <dd>
            {referral.networkMaps.length === 0 ? (
              t('detail.networkMapsNone')
            ) : (
              <ul>
                {referral.networkMaps.map((map) => (
                  <li key={map.mapId}>
                    {t('detail.networkMapVersion', {
                      perspective: map.perspectiveOf
                        ? `${t(`detail.perspective.${map.perspective}`)} (${map.perspectiveOf})`
                        : t(`detail.perspective.${map.perspective}`),
                      version: map.versionNumber,
                      count: map.personCount,
                    })}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>{t('detail.concerns')}</dt>
          <dd>
            {referral.concerns.length === 0 ? (
              t('detail.concernsNone')
            ) : (
              <ul className="referral-concerns">
                {referral.concerns.map((concern) => (
                  <li key={concern.statementId}>
                    <strong>
                      {t('detail.concernVersion', {
                        number: concern.number,
                        kind: t(`detail.concernKind.${concern.kind}`),
                        version: concern.versionNumber,
                      })}
                    </strong>
                    <br />
                    {t('detail.concernBehaviour')}: {concern.behaviour}
                    <br />
                    {t('detail.concernGoal')}: {concern.goalChildWillExperience}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </section>
    </>
  );
}
