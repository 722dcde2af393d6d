import { Typography } from 'antd';
import { useMemo } from 'react';
import type { BuilderContext } from './builder-context';
import { FilterGroup } from './filter-group';
import { addChild, type DraftGroup, numberTree, removeNode, updateNode } from './filter-model';
import type { Problems } from './filter-problems';

interface FilterBuilderProps {
  root: DraftGroup;
  onChange: (root: DraftGroup) => void;
  /** Per node key, what is wrong with it (incomplete, or refused by the API). */
  problems: Problems;
  /** Shows the filter without letting it change (a shared segment of someone else, archived). */
  readOnly?: boolean;
}

/** The tree of AND/OR groups and conditions a segment is made of. */
export function FilterBuilder({ root, onChange, problems, readOnly = false }: FilterBuilderProps) {
  const ctx = useMemo<BuilderContext>(
    () => ({
      numbering: numberTree(root),
      problems,
      readOnly,
      update: (key, change) => onChange(updateNode(root, key, change)),
      remove: (key) => onChange(removeNode(root, key)),
      add: (groupKey, child) => onChange(addChild(root, groupKey, child)),
    }),
    [root, problems, readOnly, onChange],
  );

  return (
    <>
      {root.children.length === 0 && (
        <Typography.Text type="secondary">
          {readOnly
            ? 'This filter has no conditions.'
            : 'No conditions yet. Add one, such as a county or a language, to see who it selects.'}
        </Typography.Text>
      )}
      <FilterGroup group={root} ctx={ctx} root />
    </>
  );
}
