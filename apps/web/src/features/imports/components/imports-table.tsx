import { IMPORT_KIND_LABELS, type ImportList } from '@coalition/contracts';
import { Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { paths } from '@/lib/paths';
import { ImportStatusTag } from './import-status-tag';

type ImportItem = ImportList['items'][number];
type Columns = NonNullable<TableProps<ImportItem>['columns']>;

const count = new Intl.NumberFormat('en-US');

/** What the import did, or what it would do, in one line. */
function summaryText(item: ImportItem): string {
  const s = item.summary;
  if (s) {
    return `${count.format(s.created)} created, ${count.format(s.updated)} updated, ${count.format(s.skipped)} skipped, ${count.format(s.failed)} failed`;
  }
  if (item.status === 'running')
    return `${count.format(item.processed)} of ${count.format(item.rowCount)} rows`;
  return `${count.format(item.rowCount)} rows`;
}

const COLUMNS: Columns = [
  {
    key: 'file',
    title: 'File',
    render: (_, item) => <Link to={paths.importDetail(item.id)}>{item.fileName}</Link>,
  },
  { key: 'kind', title: 'Holds', render: (_, item) => IMPORT_KIND_LABELS[item.kind] },
  { key: 'when', title: 'When', render: (_, item) => formatDateTime(item.createdAt) },
  { key: 'who', title: 'Who', render: (_, item) => item.createdBy ?? '—' },
  { key: 'status', title: 'Status', render: (_, item) => <ImportStatusTag status={item.status} /> },
  { key: 'summary', title: 'Summary', render: (_, item) => summaryText(item) },
];

interface ImportsTableProps {
  data: ImportList | undefined;
  loading: boolean;
  emptyText: ReactNode;
  onPageChange: (page: number, pageSize: number) => void;
}

export function ImportsTable({ data, loading, emptyText, onPageChange }: ImportsTableProps) {
  return (
    <Table<ImportItem>
      rowKey="id"
      columns={COLUMNS}
      dataSource={data?.items ?? []}
      loading={loading}
      locale={{ emptyText }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 25,
        total: data?.total ?? 0,
        hideOnSinglePage: true,
        onChange: onPageChange,
      }}
    />
  );
}
