import type { SegmentDetail } from '@coalition/contracts';
import { Alert, App, Button, Flex } from 'antd';
import { useState } from 'react';
import { isApiError } from '@/lib/api-client';
import { versionConflictCurrent } from '../api/segment-version-conflict';
import { useUpdateSegment } from '../api/use-update-segment';
import { useFilterDraft } from '../hooks/use-filter-draft';
import { FilterWorkbench } from './filter-workbench';

interface SegmentFilterEditorProps {
  segment: SegmentDetail;
  onDone: () => void;
}

/**
 * Changing a saved segment's filter, counted live, saved against the version it was read at:
 * if someone else saved meanwhile, their version can be loaded instead of overwritten.
 */
export function SegmentFilterEditor({ segment, onDone }: SegmentFilterEditorProps) {
  const draft = useFilterDraft(segment.filter);
  const [base, setBase] = useState(segment);
  const [conflict, setConflict] = useState<SegmentDetail>();
  const [problem, setProblem] = useState<string>();
  const update = useUpdateSegment();
  const { message } = App.useApp();

  const save = () => {
    if (!draft.filter) {
      void message.warning('Finish the parts marked in red before saving.');
      return;
    }
    setProblem(undefined);
    setConflict(undefined);
    update.mutate(
      { id: base.id, changes: { filter: draft.filter, version: base.version } },
      {
        onSuccess: (saved) => {
          void message.success(`The filter of ${saved.name} was saved.`);
          onDone();
        },
        onError: (error) => {
          const current = versionConflictCurrent(error);
          if (current) {
            setConflict(current);
            return;
          }
          const fields = isApiError(error) ? (error.body.fields ?? []) : [];
          if (fields.some((f) => f.path.startsWith('filter'))) draft.refuse(fields);
          setProblem(error.message);
        },
      },
    );
  };

  const loadLatest = () => {
    if (!conflict) return;
    setBase(conflict);
    draft.reset(conflict.filter);
    setConflict(undefined);
  };

  const actions = (
    <Flex gap="small">
      <Button onClick={onDone}>Cancel</Button>
      <Button type="primary" loading={update.isPending} onClick={save}>
        Save filter
      </Button>
    </Flex>
  );

  return (
    <>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          title="Someone else changed this segment"
          description="They saved while you were editing, so your filter was not saved. Load the latest version, then make your changes again."
          action={
            <Button size="small" onClick={loadLatest}>
              Load latest
            </Button>
          }
        />
      )}
      {problem && (
        <Alert type="error" showIcon title="The filter was not saved" description={problem} />
      )}
      <FilterWorkbench draft={draft} actions={actions} />
    </>
  );
}
