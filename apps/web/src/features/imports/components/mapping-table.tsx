import type { ImportDetail } from '@coalition/contracts';
import { Flex, Select, Table, type TableProps, Typography } from 'antd';
import { useMemo } from 'react';
import { type ColumnField, columnName, fieldOptions } from './mapping-model';

/** The Select's value for "Ignore this column" (antd shows its placeholder for null). */
const IGNORE = '__ignore__';
const SAMPLE_SIZE = 3;

interface ColumnRow {
  index: number;
  name: string;
  samples: string[];
}

interface MappingTableProps {
  detail: ImportDetail;
  columns: ColumnField[];
  /** The API's messages per column position. */
  errors: Map<number, string[]>;
  onChange: (index: number, field: ColumnField) => void;
}

function SampleValues({ samples }: { samples: string[] }) {
  if (samples.every((s) => !s.trim()))
    return <Typography.Text type="secondary">Empty</Typography.Text>;
  return (
    <Flex vertical>
      {samples.map((value, i) => (
        <Typography.Text key={i} ellipsis={{ tooltip: value }} style={{ maxWidth: 260 }}>
          {value || <Typography.Text type="secondary">(blank)</Typography.Text>}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** One row per column of the file: its header, a few values, and the field it fills. */
export function MappingTable({ detail, columns, errors, onChange }: MappingTableProps) {
  const options = useMemo(
    () => [...fieldOptions(detail.kind), { value: IGNORE, label: 'Ignore this column' }],
    [detail.kind],
  );
  const rows: ColumnRow[] = detail.headers.map((_, index) => ({
    index,
    name: columnName(detail.headers, index),
    samples: detail.sample.slice(0, SAMPLE_SIZE).map((cells) => cells[index] ?? ''),
  }));

  const tableColumns: NonNullable<TableProps<ColumnRow>['columns']> = [
    { key: 'name', title: 'Column in the file', render: (_, row) => <strong>{row.name}</strong> },
    {
      key: 'samples',
      title: 'First values',
      render: (_, row) => <SampleValues samples={row.samples} />,
    },
    {
      key: 'field',
      title: 'Goes into',
      width: 340,
      render: (_, row) => {
        const problems = errors.get(row.index) ?? [];
        const errorId = `mapping-error-${row.index}`;
        return (
          <Flex vertical gap={4}>
            <Select
              aria-label={`Field for ${row.name}`}
              aria-describedby={problems.length > 0 ? errorId : undefined}
              status={problems.length > 0 ? 'error' : undefined}
              value={columns[row.index] ?? IGNORE}
              options={options}
              virtual={false}
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: '100%' }}
              onChange={(value: string) => onChange(row.index, value === IGNORE ? null : value)}
            />
            {problems.length > 0 && (
              <Typography.Text id={errorId} type="danger" role="alert">
                {problems.join(' ')}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    },
  ];

  return (
    <Table<ColumnRow>
      rowKey="index"
      size="small"
      columns={tableColumns}
      dataSource={rows}
      pagination={false}
    />
  );
}
