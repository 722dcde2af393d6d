import type { RowClass } from '@coalition/contracts';

export interface ImportRowsView {
  class: RowClass;
  page: number;
  pageSize: number;
}

/** Every query key of this feature, so an import's pieces can be refreshed together. */
export const importKeys = {
  all: ['imports'] as const,
  lists: () => [...importKeys.all, 'list'] as const,
  list: (page: number, pageSize: number) => [...importKeys.lists(), { page, pageSize }] as const,
  details: () => [...importKeys.all, 'detail'] as const,
  detail: (id: string) => [...importKeys.details(), id] as const,
  // Beside the details, not under them: `details()` holds imports only.
  rows: (id: string) => [...importKeys.all, 'rows', id] as const,
  rowPage: (id: string, view: ImportRowsView) => [...importKeys.rows(id), view] as const,
  savedMappings: () => [...importKeys.all, 'saved-mappings'] as const,
};
