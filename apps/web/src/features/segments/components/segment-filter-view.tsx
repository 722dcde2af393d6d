import type { SegmentFilter } from '@coalition/contracts';
import { EditOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useMemo } from 'react';
import { FilterBuilder } from './filter-builder';
import { draftOf } from './filter-model';

interface SegmentFilterViewProps {
  filter: SegmentFilter;
  /** Left out when the person may not change the filter: it is shown only. */
  onEdit?: () => void;
  /** Why it cannot be changed, when it cannot: 'Only Rosa can change this shared segment.' */
  readOnlyNote?: string;
}

const NO_PROBLEMS = new Map<string, string>();
const ignore = () => undefined;

/** The saved filter, shown in the builder's own words, read-only. */
export function SegmentFilterView({ filter, onEdit, readOnlyNote }: SegmentFilterViewProps) {
  const root = useMemo(() => draftOf(filter), [filter]);
  return (
    <Card
      title="Filter"
      extra={
        onEdit ? (
          <Button icon={<EditOutlined />} onClick={onEdit}>
            Edit filter
          </Button>
        ) : (
          readOnlyNote
        )
      }
    >
      <FilterBuilder root={root} onChange={ignore} problems={NO_PROBLEMS} readOnly />
    </Card>
  );
}
