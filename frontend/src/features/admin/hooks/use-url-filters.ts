import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters kept in the URL's search params, so a search can be shared, reloaded and undone with
 * Back. Empty values are left out; changing a filter goes back to the first page.
 */
export function useUrlFilters<Key extends string>(keys: readonly Key[]) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(
    () => Object.fromEntries(keys.map((key) => [key, searchParams.get(key) ?? ''])) as Record<Key, string>,
    [keys, searchParams],
  );
  const page = Math.max(1, Number(searchParams.get('page')) || 1);

  const setFilters = useCallback(
    (next: Partial<Record<Key, string>>) => {
      setSearchParams((current) => {
        const params = new URLSearchParams(current);
        for (const [key, value] of Object.entries(next) as [Key, string | undefined][]) {
          if (value?.trim()) params.set(key, value.trim());
          else params.delete(key);
        }
        params.delete('page');
        return params;
      });
    },
    [setSearchParams],
  );

  const setPage = useCallback(
    (nextPage: number) => {
      setSearchParams((current) => {
        const params = new URLSearchParams(current);
        if (nextPage <= 1) params.delete('page');
        else params.set('page', String(nextPage));
        return params;
      });
    },
    [setSearchParams],
  );

  return { filters, page, setFilters, setPage };
}
