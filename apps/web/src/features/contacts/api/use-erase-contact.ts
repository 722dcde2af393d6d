import type { EraseContactInput } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { contactKeys } from './contact-keys';
import { contactPath } from './use-contact';

export interface EraseContactVariables {
  id: string;
  input: EraseContactInput;
}

export interface EraseContactResult {
  erased: true;
  /** Earlier audit events about the person whose values were blanked. */
  redactedAuditEvents: number;
}

export function eraseContact({ id, input }: EraseContactVariables): Promise<EraseContactResult> {
  return apiRequest<EraseContactResult>(`${contactPath(id)}/erase`, {
    method: 'POST',
    body: input,
  });
}

export function useEraseContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: eraseContact,
    onSuccess: (_result, { id }) => {
      // Nothing about the person may linger in the cache once they are forgotten.
      queryClient.removeQueries({ queryKey: contactKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: contactKeys.lists() });
    },
  });
}
