import type { ImportList } from '@coalition/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { importKeys } from './import-keys';

/** Past imports, newest first (the API's order). */
export function useImports(page: number, pageSize: number) {
  return useQuery({
    queryKey: importKeys.list(page, pageSize),
    queryFn: ({ signal }) => apiGet<ImportList>('/imports', { page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}
