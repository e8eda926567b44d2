import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading';
import { usePageTitle } from '../../ui/usePageTitle';
import { hasActiveFilters, toFilters } from './caseListParams';
import { CaseFilters } from './components/CaseFilters';
import { CaseResults } from './components/CaseResults';
import { useCaseFilterOptions } from './useCaseFilterOptions';
import { useCaseListParams } from './useCaseListParams';
import { useCases } from './useCases';

export function CaseListPage() {
  const { t } = useTranslation('cases');
  usePageTitle(t('list.title'));
  const { params, setQuery, setFilter, setSort, reset } = useCaseListParams();
  const options = useCaseFilterOptions();
  const result = useCases(toFilters(params));
  const filtered = hasActiveFilters(params);

  return (
    <>
      <PageHeading>{t('list.title')}</PageHeading>
      <CaseFilters
        params={params}
        units={options.units}
        caseworkers={options.caseworkers}
        onQueryChange={setQuery}
        onFilterChange={setFilter}
        onSortChange={setSort}
        onReset={reset}
        canReset={filtered}
      />
      <CaseResults result={result} filtered={filtered} />
    </>
  );
}
