import { PhoneOutlined } from '@ant-design/icons';
import { type DriveSummary, MAX_PAGE_SIZE, OUTREACH_CHANNEL_LABELS } from '@coalition/contracts';
import { Button, Flex, Table, type TableProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '@/lib/paths';
import { formatDriveDates, formatNumber } from './drive-format';
import { DriveProgressBar } from './drive-progress-bar';
import { SegmentLink } from './segment-link';

type Columns = NonNullable<TableProps<DriveSummary>['columns']>;

const PAGE_SIZE_OPTIONS = [10, 25, 50, MAX_PAGE_SIZE];

interface DrivesTableProps {
  items: DriveSummary[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  /** The list's query string, carried to the drive page for its breadcrumb. */
  listSearch: string;
  /** Whether the person works lists (their open targets and "Start calling" are shown). */
  canWork: boolean;
  emptyText: ReactNode;
  onPageChange: (page: number, pageSize: number) => void;
}

function MyTargets({ drive }: { drive: DriveSummary }) {
  const navigate = useNavigate();
  const open = drive.myOpenTargets;
  return (
    <Flex vertical gap={4} align="start">
      <span>{formatNumber(open)}</span>
      {open > 0 && !drive.archivedAt && (
        <Button
          size="small"
          type="primary"
          icon={<PhoneOutlined />}
          aria-label={`Start calling for ${drive.name}`}
          onClick={() => void navigate(paths.outreachCall(drive.id))}
        >
          Start calling
        </Button>
      )}
    </Flex>
  );
}

function buildColumns(listSearch: string, canWork: boolean): Columns {
  const columns: Columns = [
    {
      key: 'name',
      title: 'Drive',
      width: 260,
      render: (_: unknown, d: DriveSummary) => (
        <Flex vertical gap={2}>
          <Link to={paths.outreachDrive(d.id)} state={{ listSearch }}>
            {d.name}
          </Link>
          {d.goal && (
            <Typography.Text type="secondary" ellipsis={{ tooltip: d.goal }}>
              {d.goal}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'channel',
      title: 'Channel',
      render: (_: unknown, d: DriveSummary) => OUTREACH_CHANNEL_LABELS[d.channel],
    },
    {
      key: 'segment',
      title: 'Segment',
      render: (_: unknown, d: DriveSummary) => <SegmentLink segment={d.segment} />,
    },
    {
      key: 'dates',
      title: 'Dates',
      render: (_: unknown, d: DriveSummary) => formatDriveDates(d.startsOn, d.endsOn),
    },
    {
      key: 'progress',
      title: 'Progress',
      width: 300,
      render: (_: unknown, d: DriveSummary) => <DriveProgressBar progress={d.progress} />,
    },
  ];
  if (canWork) {
    columns.push({
      key: 'mine',
      title: 'My open targets',
      render: (_: unknown, d: DriveSummary) => <MyTargets drive={d} />,
    });
  }
  return columns;
}

/** The drives, each with how far it has gone, one page at a time. */
export function DrivesTable(props: DrivesTableProps) {
  const { items, total, page, pageSize, loading, listSearch, canWork, emptyText } = props;
  return (
    <Table<DriveSummary>
      rowKey="id"
      columns={buildColumns(listSearch, canWork)}
      dataSource={items}
      loading={loading}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZE_OPTIONS,
        onChange: props.onPageChange,
      }}
    />
  );
}
