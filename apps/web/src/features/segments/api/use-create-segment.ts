import type { CreateSegmentInput, SegmentDetail } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { storeSavedSegment } from './segment-cache';

export function createSegment(input: CreateSegmentInput): Promise<SegmentDetail> {
  return apiRequest<SegmentDetail>('/segments', { method: 'POST', body: input });
}

export function useCreateSegment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSegment,
    onSuccess: (segment) => storeSavedSegment(queryClient, segment),
  });
}
