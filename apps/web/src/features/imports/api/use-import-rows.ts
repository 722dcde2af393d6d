import type { ImportRowList } from '@coalition/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { importKeys, type ImportRowsView } from './import-keys';
import { importPath } from './import-urls';

/** One page of the preview's rows of one class (new, update, duplicate, invalid). */
export function useImportRows(id: string, view: ImportRowsView) {
  return useQuery({
    queryKey: importKeys.rowPage(id, view),
    queryFn: ({ signal }) => apiGet<ImportRowList>(`${importPath(id)}/rows`, { ...view }, signal),
    placeholderData: keepPreviousData,
  });
}
