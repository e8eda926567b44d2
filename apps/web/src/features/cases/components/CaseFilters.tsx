import { CasePhase, CaseSort } from '@inddrag/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedCallback } from '../../../lib/useDebouncedCallback';
import { CheckboxField } from '../../../ui/CheckboxField';
import { SearchField } from '../../../ui/SearchField';
import { SelectField } from '../../../ui/SelectField';
import type { CaseListParams } from '../caseListParams';

const SEARCH_DEBOUNCE_MS = 300;

interface Option {
  id: string;
  name: string;
}

interface CaseFiltersProps {
  params: CaseListParams;
  units: readonly Option[];
  caseworkers: readonly Option[];
  onQueryChange: (q: string) => void;
  onFilterChange: (patch: Partial<Omit<CaseListParams, 'q' | 'sort'>>) => void;
  onSortChange: (sort: CaseSort) => void;
  onReset: () => void;
  canReset: boolean;
}

/** "All" first, then the options; a value the list does not (yet) hold stays selectable. */
function choices(all: string, options: readonly Option[], current: string | undefined) {
  const known = options.some((o) => o.id === current);
  return [
    { value: '', label: all },
    ...options.map((o) => ({ value: o.id, label: o.name })),
    ...(current && !known ? [{ value: current, label: current }] : []),
  ];
}

export function CaseFilters({
  params,
  units,
  caseworkers,
  onQueryChange,
  onFilterChange,
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
        placeholder={t('filters.search.placeholder')}
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
        onChange={(value) => onFilterChange({ phase: value === '' ? undefined : value })}
      />
      <SelectField
        className="case-filters-sort"
        name="sort"
        label={t('filters.sort.label')}
        value={params.sort}
        options={sortOptions}
        onChange={onSortChange}
      />
      <SelectField
        className="case-filters-unit"
        name="unitId"
        label={t('filters.unit.label')}
        value={params.unitId ?? ''}
        options={choices(t('filters.unit.all'), units, params.unitId)}
        onChange={(value) => onFilterChange({ unitId: value === '' ? undefined : value })}
      />
      <SelectField
        className="case-filters-caseworker"
        name="caseworkerId"
        label={t('filters.caseworker.label')}
        value={params.caseworkerId ?? ''}
        options={choices(t('filters.caseworker.all'), caseworkers, params.caseworkerId)}
        onChange={(value) => onFilterChange({ caseworkerId: value === '' ? undefined : value })}
      />
      <div className="case-filters-flags">
        <CheckboxField
          name="overdue"
          label={t('filters.overdue')}
          checked={params.overdue}
          onChange={(overdue) => onFilterChange({ overdue })}
        />
        <CheckboxField
          name="flag"
          label={t('filters.honourConflict')}
          checked={params.honourConflict}
          onChange={(honourConflict) => onFilterChange({ honourConflict })}
        />
      </div>
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
