import type { DriveDetail } from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { outreachKeys } from './outreach-keys';

export const drivePath = (id: string): string => `/outreach/drives/${encodeURIComponent(id)}`;

export function getDrive(id: string, signal?: AbortSignal): Promise<DriveDetail> {
  return apiGet<DriveDetail>(drivePath(id), undefined, signal);
}

export function driveQueryOptions(id: string) {
  return queryOptions({
    queryKey: outreachKeys.detail(id),
    queryFn: ({ signal }) => getDrive(id, signal),
  });
}

export function useDrive(id: string) {
  return useQuery(driveQueryOptions(id));
}
