import type { ImportDetail, ImportKind, ImportMapping, RunImportInput } from '@coalition/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPostForm, apiRequest } from '@/lib/api-client';
import { importKeys } from './import-keys';
import { importPath } from './import-urls';

export interface UploadImportVariables {
  kind: ImportKind;
  file: File;
}

/** The API answers each step with the whole import: it becomes the cached one as is. */
function storeImport(queryClient: QueryClient, detail: ImportDetail): void {
  queryClient.setQueryData(importKeys.detail(detail.id), detail);
  void queryClient.invalidateQueries({ queryKey: importKeys.lists() });
}

export function uploadImport({ kind, file }: UploadImportVariables): Promise<ImportDetail> {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', file, file.name);
  return apiPostForm<ImportDetail>('/imports', form);
}

/** Sends the file; the API reads it and answers with its headers, first rows and a guessed mapping. */
export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: (detail) => storeImport(queryClient, detail),
  });
}

/** Confirms the mapping; the API classifies every row (nothing written) and answers the counts. */
export function useSetImportMapping(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mapping: ImportMapping) =>
      apiRequest<ImportDetail>(`${importPath(id)}/mapping`, { method: 'PUT', body: mapping }),
    onSuccess: (detail) => {
      storeImport(queryClient, detail);
      // The classes of the rows follow the new mapping.
      void queryClient.invalidateQueries({ queryKey: importKeys.rows(id) });
    },
  });
}

/** Queues the background job that writes the rows; the import then reports its progress. */
export function useRunImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (choice: RunImportInput) =>
      apiRequest<ImportDetail>(`${importPath(id)}/run`, { method: 'POST', body: choice }),
    onSuccess: (detail) => storeImport(queryClient, detail),
  });
}
