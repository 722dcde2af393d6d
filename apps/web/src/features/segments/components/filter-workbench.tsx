import { Card } from 'antd';
import type { ReactNode } from 'react';
import type { FilterDraft } from '../hooks/use-filter-draft';
import { useFilterPreview } from '../hooks/use-filter-preview';
import { FilterBuilder } from './filter-builder';
import { PreviewPanel } from './preview-panel';

interface FilterWorkbenchProps {
  draft: FilterDraft;
  /** Buttons over the builder: Save, Cancel. */
  actions?: ReactNode;
}

/** The builder and, under it, what the filter selects, counted live as it changes. */
export function FilterWorkbench({ draft, actions }: FilterWorkbenchProps) {
  const live = useFilterPreview(draft.root, draft.filter);
  const problems = live.serverProblems ?? draft.problems;
  return (
    <>
      <Card title="Filter" extra={actions}>
        <FilterBuilder root={draft.root} onChange={draft.setRoot} problems={problems} />
      </Card>
      <Card title="Who it selects">
        <PreviewPanel
          check={draft.check}
          data={live.preview.data}
          counting={live.counting}
          serverProblems={live.serverProblems}
          failure={live.failure}
          onRetry={() => void live.preview.refetch()}
        />
      </Card>
    </>
  );
}
