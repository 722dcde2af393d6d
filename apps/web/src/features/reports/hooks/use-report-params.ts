import { ACTIVITY_INTERVALS, type ActivityInterval, quarterField } from '@coalition/contracts';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { isOneOf } from '@/lib/search-params';

/**
 * A report parameter kept in the URL (`?quarter=2026-Q2`, `?by=quarter`), so a shared link
 * opens the same view; a value that makes no sense reads as the default. Changing it replaces
 * the history entry: back leaves the report rather than stepping through choices.
 */
function useSearchParam<T extends string>(key: string, read: (raw: string | null) => T) {
  const [searchParams, setSearchParams] = useSearchParams();
  const value = read(searchParams.get(key));
  const setValue = useCallback(
    (next: T | '') =>
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          if (next) params.set(key, next);
          else params.delete(key);
          return params;
        },
        { replace: true },
      ),
    [key, setSearchParams],
  );
  return [value, setValue] as const;
}

const readQuarter = (raw: string | null): string =>
  raw !== null && quarterField.safeParse(raw).success ? raw : '';

/** The KPIs' quarter: '' for the current quarter to date. */
export function useKpiQuarter() {
  return useSearchParam('quarter', readQuarter);
}

const readInterval = (raw: string | null): ActivityInterval =>
  raw !== null && isOneOf(ACTIVITY_INTERVALS)(raw) ? raw : 'month';

/** Activity by month (the default) or by quarter. */
export function useActivityInterval() {
  return useSearchParam('by', readInterval);
}
