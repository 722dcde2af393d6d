import type { ImportDetail, ImportRow, RowClass } from '@coalition/contracts';
import { Table, type TableProps } from 'antd';
import { useState } from 'react';
import { useImportRows } from '../api/use-import-rows';
import { columnName, fieldLabel } from './mapping-model';
import { RowFindings } from './row-findings';

const PAGE_SIZE = 25;

type Columns = NonNullable<TableProps<ImportRow>['columns']>;

/** The row number, the mapped cells (under their field's name), then what was found. */
function buildColumns(detail: ImportDetail): Columns {
  const mapped = detail.mapping.columns.flatMap((field, index) =>
    field === null ? [] : [{ field, index }],
  );
  return [
    { key: 'row', title: 'Row', width: 70, render: (_, row) => row.rowNumber },
    ...mapped.map(({ field, index }) => ({
      key: `cell-${index}`,
      title: fieldLabel(detail.kind, field),
      // The file's own header, for a person who knows the spreadsheet by its headers.
      onHeaderCell: () => ({ title: `From "${columnName(detail.headers, index)}"` }),
      render: (_: unknown, row: ImportRow) => row.cells[index] ?? '',
    })),
    {
      key: 'findings',
      title: 'What we found',
      width: 320,
      render: (_, row) => <RowFindings kind={detail.kind} row={row} />,
    },
  ];
}

interface PreviewRowsTableProps {
  detail: ImportDetail;
  rowClass: RowClass;
}

/** One page at a time of the rows of one class, as the preview classified them. */
export function PreviewRowsTable({ detail, rowClass }: PreviewRowsTableProps) {
  const [page, setPage] = useState(1);
  const { data, isPending, isPlaceholderData, error } = useImportRows(detail.id, {
    class: rowClass,
    page,
    pageSize: PAGE_SIZE,
  });
  return (
    <Table<ImportRow>
      rowKey="rowNumber"
      size="small"
      scroll={{ x: 'max-content' }}
      columns={buildColumns(detail)}
      dataSource={data?.items ?? []}
      loading={isPending || isPlaceholderData}
      locale={{ emptyText: error ? `Could not load the rows: ${error.message}` : 'No rows here.' }}
      pagination={{
        current: page,
        pageSize: PAGE_SIZE,
        total: data?.total ?? 0,
        showSizeChanger: false,
        hideOnSinglePage: true,
        onChange: setPage,
      }}
    />
  );
}
