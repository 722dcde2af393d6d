import type { CoverageRow } from '@coalition/contracts';
import { Flex, Typography } from 'antd';
import { reportCsvHref, reportRoutes } from '../api/report-routes';
import { useCoverageReport } from '../api/use-reports';
import { CoverageChart } from './coverage-chart';
import { CoverageTable } from './coverage-table';
import { DownloadCsvLink } from './download-csv-link';
import { ReportSection } from './report-section';

/** The issues of each tier, in rank order, tiers in order. */
function byTier(rows: CoverageRow[]): [number, CoverageRow[]][] {
  const tiers = new Map<number, CoverageRow[]>();
  for (const row of [...rows].sort((a, b) => a.tier - b.tier || a.rank - b.rank)) {
    tiers.set(row.tier, [...(tiers.get(row.tier) ?? []), row]);
  }
  return [...tiers.entries()];
}

/** Which priorities have member power behind them: members at each interest level, by tier. */
export function CoverageSection() {
  return (
    <ReportSection
      title="Priority coverage"
      query={useCoverageReport()}
      extra={
        <DownloadCsvLink href={reportCsvHref(reportRoutes.coverage)} what="the priority coverage" />
      }
    >
      {(report) =>
        report.items.length === 0 ? (
          <Typography.Text type="secondary">No current issues.</Typography.Text>
        ) : (
          <Flex vertical gap="large">
            {byTier(report.items).map(([tier, rows]) => (
              <Flex key={tier} vertical gap="small">
                <Typography.Title level={4} style={{ margin: 0 }}>
                  {`Tier ${tier}`}
                </Typography.Title>
                <CoverageChart tier={tier} rows={rows} />
                <CoverageTable tier={tier} rows={rows} />
              </Flex>
            ))}
          </Flex>
        )
      }
    </ReportSection>
  );
}
