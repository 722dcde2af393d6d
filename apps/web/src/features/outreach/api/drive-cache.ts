import type { DriveDetail } from '@coalition/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { outreachKeys } from './outreach-keys';

/**
 * After a write of the drive itself the API answers with the whole drive: it becomes the cached
 * detail as is, and every list is refetched (names, dates and progress show there too).
 */
export function storeSavedDrive(queryClient: QueryClient, drive: DriveDetail): void {
  queryClient.setQueryData(outreachKeys.detail(drive.id), drive);
  void queryClient.invalidateQueries({ queryKey: outreachKeys.lists() });
}

/**
 * After an assignment or a logged outcome the answer is not the drive, while its progress, its
 * targets, its commitments and the records' outreach history all move: read them again.
 */
export function refreshDriveWork(queryClient: QueryClient, driveId: string): Promise<void> {
  void queryClient.invalidateQueries({ queryKey: outreachKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: outreachKeys.targets(driveId) });
  void queryClient.invalidateQueries({ queryKey: outreachKeys.commitments(driveId) });
  void queryClient.invalidateQueries({ queryKey: outreachKeys.activity() });
  return queryClient.invalidateQueries({ queryKey: outreachKeys.detail(driveId) });
}
