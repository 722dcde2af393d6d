import {
  type BreakdownDimension,
  type BreakdownReport,
  type BreakdownRow,
  ENGAGEMENT_BAND_LABELS,
  ENGAGEMENT_BANDS,
  memberFilter,
  type SegmentFilterInput,
  withBand,
} from '@coalition/contracts';
import { Table, type TableProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { usePrintLayout } from './chart-size';
import { MemberCountLink } from './member-count-link';
import { bandTitle, breakdownLabel, breakdownRowTitle, formatScore } from './report-format';

/** A table line: a row of the report, or the total over all members. */
interface Line {
  key: string;
  label: string;
  /** Who the line's members are, in words: the member list's title. */
  title: string;
  filter: SegmentFilterInput;
  organizations: number;
  contacts: number;
  averageScore: number | null;
  bands: BreakdownRow['bands'];
}

interface NumberCell {
  key: string;
  title: string;
  render: (line: Line) => ReactNode;
}

const NUMBER_CELLS: NumberCell[] = [
  {
    key: 'organizations',
    title: 'Organizations',
    render: (line) => (
      <MemberCountLink count={line.organizations} filter={line.filter} title={line.title} />
    ),
  },
  {
    key: 'contacts',
    title: 'Contacts',
    render: (line) => (
      <MemberCountLink
        count={line.contacts}
        filter={line.filter}
        title={line.title}
        counted={`contacts of ${line.title}`}
      />
    ),
  },
  { key: 'averageScore', title: 'Average score', render: (line) => formatScore(line.averageScore) },
  ...ENGAGEMENT_BANDS.map((band) => ({
    key: band,
    title: ENGAGEMENT_BAND_LABELS[band],
    render: (line: Line) => (
      <MemberCountLink
        count={line.bands[band]}
        filter={withBand(line.filter, band)}
        title={bandTitle(line.title, band)}
      />
    ),
  })),
];

function columns(dimension: BreakdownDimension): NonNullable<TableProps<Line>['columns']> {
  return [
    { key: 'label', title: breakdownLabel(dimension), dataIndex: 'label' },
    ...NUMBER_CELLS.map((cell) => ({
      key: cell.key,
      title: cell.title,
      align: 'right' as const,
      render: (_: unknown, line: Line) => cell.render(line),
    })),
  ];
}

/** Every member once, whatever the overlaps between rows. */
function totalLine(report: BreakdownReport): Line {
  return {
    key: 'total',
    label: 'All members',
    title: 'All members',
    filter: memberFilter(),
    ...report.total,
  };
}

/** The report's numbers, every count opening its members; the last line totals all members. */
export function BreakdownTable({ report }: { report: BreakdownReport }) {
  const { dimension } = report;
  const lines: Line[] = report.rows.map((row) => ({
    ...row,
    title: breakdownRowTitle(dimension, row.label),
  }));
  const total = totalLine(report);
  // On paper a scrolling table would be cut off; the page is wide enough for every column.
  const printing = usePrintLayout();
  return (
    <Table<Line>
      aria-label={`Members by ${breakdownLabel(dimension).toLowerCase()}`}
      rowKey="key"
      size="small"
      columns={columns(dimension)}
      dataSource={lines}
      pagination={false}
      scroll={printing ? undefined : { x: 'max-content' }}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <Typography.Text strong>{total.label}</Typography.Text>
          </Table.Summary.Cell>
          {NUMBER_CELLS.map((cell, index) => (
            <Table.Summary.Cell key={cell.key} index={index + 1} align="right">
              {cell.render(total)}
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
    />
  );
}
