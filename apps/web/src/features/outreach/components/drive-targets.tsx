import { DEFAULT_PAGE_SIZE } from '@coalition/contracts';
import { Alert, Button, Card, Empty, Flex, Typography } from 'antd';
import { type Key, useState } from 'react';
import { formatCount } from '@/lib/format';
import { useDrawerState } from '@/lib/use-drawer-state';
import { useTargets } from '../api/use-targets';
import { AssignTargetsModal } from './assign-targets-modal';
import { SplitEvenlyModal } from './split-evenly-modal';
import { hasTargetFilters, type TargetFilterValues, TargetFilters } from './target-filters';
import { TargetsTable } from './targets-table';

interface DriveTargetsProps {
  driveId: string;
  /** Whether the targets may be given out (not on an archived drive). */
  canAssign: boolean;
}

/** The drive's targets, to see who holds whom and to give them out by hand or evenly. */
export function DriveTargets({ driveId, canAssign }: DriveTargetsProps) {
  const [filters, setFilters] = useState<TargetFilterValues>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [selected, setSelected] = useState<Key[]>([]);
  const assign = useDrawerState();
  const split = useDrawerState();
  const query = { ...filters, ...paging };
  const { data, error, isPending, isPlaceholderData, refetch } = useTargets(driveId, query);

  const changeFilters = (patch: Partial<TargetFilterValues>) => {
    setFilters((current) => ({ ...current, ...patch }));
    setPaging((current) => ({ ...current, page: 1 }));
  };
  const clearFilters = () => {
    setFilters({});
    setPaging((current) => ({ ...current, page: 1 }));
  };

  const actions = canAssign && (
    <Flex gap="small" align="center">
      {selected.length > 0 && (
        <Typography.Text type="secondary">{`${selected.length} selected`}</Typography.Text>
      )}
      <Button disabled={selected.length === 0} onClick={assign.show}>
        Assign to…
      </Button>
      <Button onClick={split.show}>Split evenly…</Button>
    </Flex>
  );

  return (
    <Card
      title={data ? `Targets (${formatCount(data.total, 'person', 'people')})` : 'Targets'}
      extra={actions}
      aria-label="Targets"
    >
      <Flex vertical gap="middle">
        <TargetFilters value={filters} onChange={changeFilters} onClear={clearFilters} />
        {error ? (
          <Alert
            type="error"
            showIcon
            title="Could not load the targets"
            description={error.message}
            action={
              <Button size="small" onClick={() => void refetch()}>
                Try again
              </Button>
            }
          />
        ) : (
          <TargetsTable
            items={data?.items ?? []}
            total={data?.total ?? 0}
            page={paging.page}
            pageSize={paging.pageSize}
            loading={isPending || isPlaceholderData}
            emptyText={
              <Empty
                description={
                  hasTargetFilters(filters) ? 'No target matches these filters.' : 'No targets.'
                }
              />
            }
            selected={selected}
            onSelect={canAssign ? setSelected : undefined}
            onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
          />
        )}
      </Flex>
      {assign.session > 0 && (
        <AssignTargetsModal
          key={assign.session}
          driveId={driveId}
          targetIds={selected.map(String)}
          open={assign.open}
          onClose={assign.hide}
          onAssigned={() => setSelected([])}
        />
      )}
      {split.session > 0 && (
        <SplitEvenlyModal
          key={split.session}
          driveId={driveId}
          open={split.open}
          onClose={split.hide}
        />
      )}
    </Card>
  );
}
