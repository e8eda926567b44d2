import { AgreementStatus, OPEN_AGREEMENT_STATUSES, type MapPerson } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';
import type { DraftAction } from './draft';

/** Whether a person has anything for part 2: a contribution, strengths, willingness, conditions, support or an open agreement. */
export function hasPart2(person: MapPerson): boolean {
  return (
    !!person.contributions ||
    !!person.resources ||
    person.willingness !== null ||
    !!person.conditions ||
    !!person.supportNeeded ||
    person.agreements.some((agreement) => OPEN_AGREEMENT_STATUSES.includes(agreement.status))
  );
}

interface NetworkOverviewProps {
  persons: readonly MapPerson[];
  readOnly: boolean;
  onChange: (action: DraftAction) => void;
}

/**
 * "Del 2": the whole network's contributions and the agreements still to be kept (proposed and
 * agreed), one entry per person. An agreement's status can be changed here as in the person's form.
 */
export function NetworkOverview({ persons, readOnly, onChange }: NetworkOverviewProps) {
  const { t } = useTranslation('networkMaps');
  const format = useFormatters();
  const headingId = useId();
  const contributors = persons.filter(hasPart2);
  const openCount = persons.reduce(
    (sum, person) => sum + person.agreements.filter((a) => OPEN_AGREEMENT_STATUSES.includes(a.status)).length,
    0,
  );

  return (
    <section className="map-overview" aria-labelledby={headingId} data-testid="network-overview">
      <h2 id={headingId}>{t('editor.overview.heading')}</h2>
      <p>{t('editor.overview.intro')}</p>
      {contributors.length === 0 ? (
        <p>{t('editor.overview.none')}</p>
      ) : (
        <>
          <p>{t('editor.overview.summary', { count: openCount })}</p>
          <ul className="nobullet-list map-overview-list">
            {contributors.map((person) => {
              const open = person.agreements.filter((a) => OPEN_AGREEMENT_STATUSES.includes(a.status));
              return (
                <li key={person.id} className="map-overview-person">
                  <h3 className="h4">
                    {person.name} <span className="map-overview-relation">({person.relation})</span>
                  </h3>
                  <dl className="map-overview-facts">
                    {person.contributions && (
                      <>
                        <dt>{t('editor.overview.contributions')}</dt>
                        <dd>{person.contributions}</dd>
                      </>
                    )}
                    {person.resources && (
                      <>
                        <dt>{t('editor.overview.resources')}</dt>
                        <dd>{person.resources}</dd>
                      </>
                    )}
                    {person.willingness && (
                      <>
                        <dt>{t('editor.overview.willingness')}</dt>
                        <dd>{t(`maps.willingness.${person.willingness}`)}</dd>
                      </>
                    )}
                    {person.conditions && (
                      <>
                        <dt>{t('editor.overview.conditions')}</dt>
                        <dd>{person.conditions}</dd>
                      </>
                    )}
                    {person.supportNeeded && (
                      <>
                        <dt>{t('editor.overview.supportNeeded')}</dt>
                        <dd>{person.supportNeeded}</dd>
                      </>
                    )}
                    <dt>{t('editor.overview.openAgreements')}</dt>
                    <dd>
                      {open.length === 0 ? (
                        t('editor.overview.noOpenAgreements')
                      ) : (
                        <ul className="map-overview-agreements">
                          {open.map((agreement, index) => (
                            <li key={agreement.id}>
                              <span>{t('editor.overview.agreement', { what: agreement.what, who: agreement.who })}</span>
                              {(agreement.startsOn || agreement.endsOn) && (
                                <span className="small-text map-overview-period">
                                  {[
                                    agreement.startsOn
                                      ? t('editor.overview.from', { date: format.calendarDate(agreement.startsOn) })
                                      : null,
                                    agreement.endsOn
                                      ? t('editor.overview.to', { date: format.calendarDate(agreement.endsOn) })
                                      : null,
                                  ]
                                    .filter(Boolean)
                                    .join(' ')}
                                </span>
                              )}
                              <label className="sr-only" htmlFor={`${headingId}-${agreement.id}`}>
                                {t('editor.overview.statusFor', { number: index + 1, name: person.name })}
                              </label>
                              <select
                                id={`${headingId}-${agreement.id}`}
                                className="form-select map-table-select"
                                value={agreement.status}
                                disabled={readOnly}
                                onChange={(event) => {
                                  const status = AgreementStatus.options.find((s) => s === event.target.value);
                                  if (status) {
                                    onChange({
                                      type: 'updateAgreement',
                                      personId: person.id,
                                      agreementId: agreement.id,
                                      fields: { status },
                                    });
                                  }
                                }}
                              >
                                {AgreementStatus.options.map((status) => (
                                  <option key={status} value={status}>
                                    {t(`maps.agreementStatus.${status}`)}
                                  </option>
                                ))}
                              </select>
                            </li>
                          ))}
                        </ul>
                      )}
                    </dd>
                  </dl>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
