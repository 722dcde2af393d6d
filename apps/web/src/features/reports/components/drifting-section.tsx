import type { DriftingQuery, DriftingRow } from '@coalition/contracts';
import { Flex, Table, type TableProps, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { reportCsvHref, reportRoutes } from '../api/report-routes';
import { useDriftingReport } from '../api/use-reports';
import { BandTag } from './band-tag';
import { DownloadCsvLink } from './download-csv-link';
import { formatScore } from './report-format';
import { ReportSection } from './report-section';

/** The ten members whose score fell most over the last 90 days. */
const DRIFTING: DriftingQuery = { days: 90, limit: 10 };

const COLUMNS: TableProps<DriftingRow>['columns'] = [
  {
    key: 'name',
    title: 'Organization',
    render: (_: unknown, row: DriftingRow) => (
      <Flex vertical>
        <Link to={paths.organization(row.organizationId)}>{row.name}</Link>
        <Typography.Text type="secondary">{`${row.city}, ${row.county} County`}</Typography.Text>
      </Flex>
    ),
  },
  {
    key: 'score',
    title: 'Score then → now',
    render: (_: unknown, row: DriftingRow) =>
      `${formatScore(row.scoreBefore)} → ${formatScore(row.scoreNow)}`,
  },
  {
    key: 'drop',
    title: 'Fell by',
    align: 'right',
    render: (_: unknown, row: DriftingRow) => formatScore(row.drop),
  },
  {
    key: 'band',
    title: 'Band then → now',
    render: (_: unknown, row: DriftingRow) => (
      <Flex gap={4} align="center" wrap>
        <BandTag band={row.bandBefore} />
        <span aria-label="to">→</span>
        <BandTag band={row.bandNow} />
      </Flex>
    ),
  },
];

/** Who is drifting away: the members whose engagement score fell most. */
export function DriftingSection() {
  return (
    <ReportSection
      title="Drifting away"
      query={useDriftingReport(DRIFTING)}
      extra={
        <DownloadCsvLink
          href={reportCsvHref(reportRoutes.drifting, { ...DRIFTING })}
          what="the drifting members"
        />
      }
    >
      {(report) => (
        <Flex vertical gap="small">
          <Typography.Text type="secondary">
            {`Members whose engagement score fell most since ${formatDate(report.since)}.`}
          </Typography.Text>
          <Table<DriftingRow>
            rowKey="organizationId"
            size="small"
            columns={COLUMNS}
            dataSource={report.items}
            pagination={false}
            locale={{ emptyText: 'No member’s score fell in this time.' }}
          />
        </Flex>
      )}
    </ReportSection>
  );
}
