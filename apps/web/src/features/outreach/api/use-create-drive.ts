import type { CreateDriveInput, DriveDetail } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { storeSavedDrive } from './drive-cache';

export function createDrive(input: CreateDriveInput): Promise<DriveDetail> {
  return apiRequest<DriveDetail>('/outreach/drives', { method: 'POST', body: input });
}

export function useCreateDrive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDrive,
    onSuccess: (drive) => storeSavedDrive(queryClient, drive),
  });
}
