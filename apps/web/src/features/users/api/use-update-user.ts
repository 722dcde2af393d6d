import type { UpdateUserInput, User } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { userKeys } from './user-keys';

export interface UpdateUserVariables {
  id: string;
  /** The changed fields, and the version they were read at (409 when someone saved since). */
  changes: UpdateUserInput;
}

export function updateUser({ id, changes }: UpdateUserVariables): Promise<User> {
  return apiRequest<User>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    // Saved or refused as stale, the lists refetch (and the change waits for them), so the
    // row shows the user as they are now when the confirmation closes.
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}
