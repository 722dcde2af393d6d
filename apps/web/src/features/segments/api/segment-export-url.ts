import type {
  SegmentExportColumn,
  SegmentExportFormat,
  SegmentExportPurpose,
} from '@coalition/contracts';
import { apiUrl } from '@/lib/api-client';
import { segmentPath } from './use-segment';

export interface SegmentExportChoice {
  purpose: SegmentExportPurpose;
  columns: SegmentExportColumn[];
  format: SegmentExportFormat;
}

/**
 * The download's address: the browser follows it as a plain link, so the file streams to disk
 * however long the list, with the session cookie; the API records it in the audit trail.
 */
export function segmentExportUrl(id: string, choice: SegmentExportChoice): string {
  return apiUrl(`${segmentPath(id)}/export`, {
    format: choice.format,
    purpose: choice.purpose,
    columns: choice.columns,
  });
}
