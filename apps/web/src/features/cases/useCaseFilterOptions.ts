import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fetchUnits, unitKeys } from '../../api/units';
import { fetchUserDirectory, userKeys } from '../../api/users';

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'da');

/** The choices of the case list's unit and caseworker filters: the municipality's units and its caseworkers. */
export function useCaseFilterOptions() {
  const units = useQuery({ queryKey: unitKeys.all, queryFn: ({ signal }) => fetchUnits(signal), staleTime: 5 * 60_000 });
  const directory = useQuery({ queryKey: userKeys.directory, queryFn: ({ signal }) => fetchUserDirectory(signal), staleTime: 60_000 });
  const caseworkers = useMemo(
    () => (directory.data?.items ?? []).filter((user) => user.role === 'CASEWORKER').sort(byName),
    [directory.data],
  );
  const unitItems = useMemo(() => [...(units.data?.items ?? [])].sort(byName), [units.data]);
  return { units: unitItems, caseworkers };
}
