import type { FieldError, SegmentFilter } from '@coalition/contracts';
import { useCallback, useMemo, useState } from 'react';
import { type DraftGroup, draftOf, emptyDraft } from '../components/filter-model';
import { apiFilterProblems, checkDraft, type Problems } from '../components/filter-problems';

const NO_PROBLEMS: Problems = new Map();

/**
 * The filter being built: the draft tree and whether it can be counted. `filter` is the checked
 * tree (the contract's output) while the draft is valid, and keeps its identity until the draft
 * changes, so it can drive a debounced query. `problems` are the incomplete rows, or the ones
 * a save refused, for as long as the tree is the one that was refused.
 */
export function useFilterDraft(initial?: SegmentFilter) {
  const [root, setRoot] = useState<DraftGroup>(() => (initial ? draftOf(initial) : emptyDraft()));
  const [refusal, setRefusal] = useState<{ root: DraftGroup; problems: Problems }>();
  const check = useMemo(() => checkDraft(root), [root]);
  const filter = check.state === 'valid' ? check.filter : undefined;

  const reset = useCallback((next: SegmentFilter) => setRoot(draftOf(next)), []);
  const refuse = useCallback(
    (fields: readonly FieldError[]) =>
      setRefusal({ root, problems: apiFilterProblems(root, fields) }),
    [root],
  );

  let problems = NO_PROBLEMS;
  if (check.state === 'incomplete') problems = check.problems;
  else if (refusal?.root === root) problems = refusal.problems;

  return { root, setRoot, check, filter, problems, reset, refuse };
}

export type FilterDraft = ReturnType<typeof useFilterDraft>;
