import type { ImportDetail, ImportStatus } from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { importKeys } from './import-keys';
import { importPath } from './import-urls';

/** How often a queued or running import is asked about: often enough for a live progress bar. */
export const PROGRESS_POLL_MS = 1_000;

export function isInProgress(status: ImportStatus): boolean {
  return status === 'queued' || status === 'running';
}

export function importQueryOptions(id: string) {
  return queryOptions({
    queryKey: importKeys.detail(id),
    queryFn: ({ signal }) => apiGet<ImportDetail>(importPath(id), undefined, signal),
    // The background job writes the rows; asking again each second moves the progress bar.
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status && isInProgress(status) ? PROGRESS_POLL_MS : false;
    },
  });
}

/** One import: its file, mapping, counts and, while it runs, its progress. */
export function useImport(id: string) {
  return useQuery(importQueryOptions(id));
}
