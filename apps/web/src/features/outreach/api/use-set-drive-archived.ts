import type { DriveDetail, VersionedAction } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { storeSavedDrive } from './drive-cache';
import { versionConflictCurrent } from './drive-version-conflict';
import { drivePath } from './use-drive';

export interface SetDriveArchivedVariables {
  id: string;
  version: number;
  /** true archives (the drive is finished), false restores it. */
  archived: boolean;
}

export function setDriveArchived(variables: SetDriveArchivedVariables): Promise<DriveDetail> {
  const { id, version, archived } = variables;
  const body: VersionedAction = { version };
  return apiRequest<DriveDetail>(`${drivePath(id)}/${archived ? 'archive' : 'restore'}`, {
    method: 'POST',
    body,
  });
}

export function useSetDriveArchived() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setDriveArchived,
    onSuccess: (drive) => storeSavedDrive(queryClient, drive),
    onError: (error) => {
      const current = versionConflictCurrent(error);
      if (current) storeSavedDrive(queryClient, current);
    },
  });
}
