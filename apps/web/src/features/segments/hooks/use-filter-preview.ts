import type { SegmentFilter } from '@coalition/contracts';
import { useMemo } from 'react';
import { isApiError } from '@/lib/api-client';
import { useSegmentPreview } from '../api/use-segment-preview';
import { apiFilterProblems } from '../components/filter-problems';
import type { DraftGroup } from '../components/filter-model';
import { useDebouncedValue } from './use-debounced-value';

/** Long enough to let a few clicks settle, short enough to feel live. */
export const PREVIEW_DEBOUNCE_MS = 300;

/**
 * Live counts of the filter being built: the API is asked once the tree has stopped changing
 * for a moment, and only while it is valid. A 400 naming a node of the tree is returned as
 * problems per row, for as long as the tree is the one that was refused.
 */
export function useFilterPreview(root: DraftGroup, filter: SegmentFilter | undefined) {
  const settled = useDebouncedValue(filter, PREVIEW_DEBOUNCE_MS);
  const preview = useSegmentPreview(settled);
  const current = filter !== undefined && filter === settled;
  const { error } = preview;

  const refused = useMemo(() => {
    if (!current || !isApiError(error) || error.statusCode !== 400) return undefined;
    const problems = apiFilterProblems(root, error.body.fields ?? []);
    return problems.size > 0 ? problems : undefined;
  }, [current, error, root]);

  return {
    preview,
    /** The counts shown are not yet the current tree's. */
    counting: filter !== undefined && (!current || preview.isFetching),
    serverProblems: refused,
    /** A failure no row can show (server down, 500), for an alert with a retry. */
    failure: current && error && !refused ? error : null,
  };
}
