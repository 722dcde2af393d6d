import type { BreakdownDimension } from '@coalition/contracts';
import { Flex } from 'antd';
import { reportCsvHref, reportRoutes } from '../api/report-routes';
import { useBreakdownReport } from '../api/use-reports';
import { BreakdownChart } from './breakdown-chart';
import { BreakdownTable } from './breakdown-table';
import { CountyMapSwitch } from './county-map-switch';
import { DownloadCsvLink } from './download-csv-link';
import { breakdownLabel } from './report-format';
import { ReportSection } from './report-section';

interface BreakdownSectionProps {
  dimension: BreakdownDimension;
  /** The county map above the chart (the print page shows it once, on its own). */
  withMap?: boolean;
}

/** Members by one dimension: a chart by engagement band, the map for counties, the numbers. */
export function BreakdownSection({ dimension, withMap = true }: BreakdownSectionProps) {
  const label = breakdownLabel(dimension).toLowerCase();
  return (
    <ReportSection
      title={`Members by ${label}`}
      query={useBreakdownReport(dimension)}
      extra={
        <DownloadCsvLink
          href={reportCsvHref(reportRoutes.breakdown(dimension))}
          what={`the members by ${label}`}
        />
      }
    >
      {(report) => (
        <Flex vertical gap="large">
          {withMap && dimension === 'county' && <CountyMapSwitch rows={report.rows} />}
          <BreakdownChart dimension={dimension} rows={report.rows} />
          <BreakdownTable report={report} />
        </Flex>
      )}
    </ReportSection>
  );
}
