import type { SegmentEmailsResponse } from '@coalition/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { segmentPath } from './use-segment';

export function getSegmentEmails(id: string): Promise<SegmentEmailsResponse> {
  return apiGet<SegmentEmailsResponse>(`${segmentPath(id)}/emails`);
}

/**
 * The addresses of the segment's contacts who consented to email. A GET, but each one is
 * recorded in the audit trail like an export, so it runs when asked (a mutation), never from
 * the cache or in the background.
 */
export function useSegmentEmails() {
  return useMutation({ mutationFn: getSegmentEmails });
}
