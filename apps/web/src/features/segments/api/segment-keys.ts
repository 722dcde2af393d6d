import type { SegmentFilter } from '@coalition/contracts';
import type { NameListView } from '@/lib/name-list-query';
import type { SegmentResultsView } from './use-segment-results';

/** Every query key of this feature, so lists and details can be invalidated together or alone. */
export const segmentKeys = {
  all: ['segments'] as const,
  lists: () => [...segmentKeys.all, 'list'] as const,
  list: (query: NameListView) => [...segmentKeys.lists(), query] as const,
  details: () => [...segmentKeys.all, 'detail'] as const,
  detail: (id: string) => [...segmentKeys.details(), id] as const,
  // Beside the details, not under them: `details()` holds records only.
  results: (id: string) => [...segmentKeys.all, 'results', id] as const,
  organizations: (id: string, query: SegmentResultsView) =>
    [...segmentKeys.results(id), 'organizations', query] as const,
  contacts: (id: string, query: SegmentResultsView) =>
    [...segmentKeys.results(id), 'contacts', query] as const,
  /** What an unsaved filter selects; the tree itself is the key (hashed structurally). */
  preview: (filter: SegmentFilter | undefined) => [...segmentKeys.all, 'preview', filter] as const,
  /** What conditions pick from: the coalition's issues and campaigns. */
};
