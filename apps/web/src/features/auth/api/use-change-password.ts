import type { ChangePasswordInput } from '@coalition/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';

export function changePassword(input: ChangePasswordInput): Promise<void> {
  return apiRequest<void>('/auth/password', { method: 'POST', body: input });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
