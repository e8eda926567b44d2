import { CasePhase, CaseSort } from '@inddrag/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedCallback } from '../../../lib/useDebouncedCallback';
import { SearchField } from '../../../ui/SearchField';
import { SelectField } from '../../../ui/SelectField';
import type { CaseListParams } from '../caseListParams';

const SEARCH_DEBOUNCE_MS = 300;

interface CaseFiltersProps {
  params: CaseListParams;
  onQueryChange: (q: string) => void;
  onPhaseChange: (phase: CasePhase | undefined) => void;
  onSortChange: (sort: CaseSort) => void;
  onReset: () => void;
  canReset: boolean;
}

export function CaseFilters({
  params,
  onQueryChange,
  onPhaseChange,
  onSortChange,
  onReset,
  canReset,
}: CaseFiltersProps) {
  const { t } = useTranslation('cases');
  const search = useDebouncedCallback(onQueryChange, SEARCH_DEBOUNCE_MS);

  // The field follows the URL when it changes from outside (Back, "Nulstil søgning").
  const [text, setText] = useState(params.q);
  const [urlQuery, setUrlQuery] = useState(params.q);
  if (params.q !== urlQuery) {
    setUrlQuery(params.q);
    if (params.q !== text.trim()) setText(params.q);
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    search.flush(text);
  };

  const phaseOptions = [
    { value: '' as const, label: t('filters.phase.all') },
    ...CasePhase.options.map((phase) => ({ value: phase, label: t(`phase.${phase}`) })),
  ];
  const sortOptions = CaseSort.options.map((sort) => ({ value: sort, label: t(`filters.sort.${sort}`) }));

  return (
    <form role="search" aria-label={t('filters.label')} className="case-filters" onSubmit={onSubmit}>
      <SearchField
        className="case-filters-search"
        name="q"
        label={t('filters.search.label')}
        hint={t('filters.search.hint')}
        submitLabel={t('filters.search.submit')}
        value={text}
        onChange={(value) => {
          setText(value);
          search.run(value);
        }}
      />
      <SelectField
        className="case-filters-phase"
        name="phase"
        label={t('filters.phase.label')}
        value={params.phase ?? ''}
        options={phaseOptions}
        onChange={(value) => onPhaseChange(value === '' ? undefined : value)}
      />
      <SelectField
        className="case-filters-sort"
        name="sort"
        label={t('filters.sort.label')}
        value={params.sort}
        options={sortOptions}
        onChange={onSortChange}
      />
      {canReset && (
        <div className="case-filters-reset">
          <button type="button" className="button button-tertiary" onClick={onReset}>
            {t('filters.reset')}
          </button>
        </div>
      )}
    </form>
  );
}
