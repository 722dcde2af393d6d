import type {
  ImportKind,
  ListResponse,
  SavedMapping,
  SavedMappingInput,
} from '@coalition/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiRequest } from '@/lib/api-client';
import { importKeys } from './import-keys';

const MAPPINGS_PATH = '/imports/mappings';

// The contract names no list shape for saved mappings: take the API's usual list or a bare array.
function itemsOf(answer: ListResponse<SavedMapping> | SavedMapping[]): SavedMapping[] {
  return Array.isArray(answer) ? answer : answer.items;
}

/** The mappings saved for files of this kind, to apply to a new file. */
export function useSavedMappings(kind: ImportKind) {
  return useQuery({
    queryKey: importKeys.savedMappings(),
    queryFn: async ({ signal }) =>
      itemsOf(
        await apiGet<ListResponse<SavedMapping> | SavedMapping[]>(MAPPINGS_PATH, undefined, signal),
      ),
    select: (mappings) => mappings.filter((m) => m.kind === kind),
  });
}

export function useSaveMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SavedMappingInput) =>
      apiRequest<SavedMapping>(MAPPINGS_PATH, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importKeys.savedMappings() }),
  });
}

export function useDeleteMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<void>(`${MAPPINGS_PATH}/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importKeys.savedMappings() }),
  });
}
