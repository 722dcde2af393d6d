import {
  type ImportCounts,
  type ImportDetail,
  ROW_CLASS_LABELS,
  ROW_CLASSES,
  type RowClass,
  type RunImportInput,
} from '@coalition/contracts';
import { Alert, Button, Card, Flex, Tabs } from 'antd';
import { useState } from 'react';
import { formatCount } from '@/lib/format';
import { useRunImport } from '../api/use-import-writes';
import { PreviewRowsTable } from './preview-rows-table';
import { RunChoices, rowsToWrite } from './run-choices';

const NO_COUNTS: ImportCounts = { new: 0, update: 0, duplicate: 0, invalid: 0 };
const count = new Intl.NumberFormat('en-US');

interface PreviewStepProps {
  detail: ImportDetail;
  onBackToMapping: () => void;
}

/** The first class with rows in it, so the preview opens on something to look at. */
function firstClassWithRows(counts: ImportCounts): RowClass {
  return ROW_CLASSES.find((c) => counts[c] > 0) ?? 'new';
}

/** What the import would do, row by row, and the person's decisions; nothing is written yet. */
export function PreviewStep({ detail, onBackToMapping }: PreviewStepProps) {
  const counts = detail.counts ?? NO_COUNTS;
  const [rowClass, setRowClass] = useState<RowClass>(() => firstClassWithRows(counts));
  const [choice, setChoice] = useState<RunImportInput>({ new: 'create', update: 'update' });
  const run = useRunImport(detail.id);
  const toWrite = rowsToWrite(counts, choice);

  return (
    <Flex vertical gap="middle">
      <Card title="What the import would do">
        <Tabs
          activeKey={rowClass}
          onChange={(key) => setRowClass(key as RowClass)}
          items={ROW_CLASSES.map((c) => ({
            key: c,
            label: `${ROW_CLASS_LABELS[c]} (${count.format(counts[c])})`,
            children: <PreviewRowsTable key={c} detail={detail} rowClass={c} />,
          }))}
          destroyOnHidden
        />
      </Card>
      <Card title="Your decisions">
        <Flex vertical gap="middle">
          <RunChoices counts={counts} value={choice} onChange={setChoice} />
          {run.error && (
            <Alert
              type="error"
              showIcon
              title="Could not start the import"
              description={run.error.message}
            />
          )}
          <Flex justify="space-between">
            <Button onClick={onBackToMapping}>Back to the mapping</Button>
            <Button
              type="primary"
              disabled={toWrite === 0}
              loading={run.isPending}
              onClick={() => run.mutate(choice)}
            >
              {`Import ${formatCount(toWrite, 'row')}`}
            </Button>
          </Flex>
        </Flex>
      </Card>
    </Flex>
  );
}
