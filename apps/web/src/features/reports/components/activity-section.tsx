import { ACTIVITY_INTERVALS, type ActivityInterval } from '@coalition/contracts';
import { Flex, Segmented } from 'antd';
import { reportCsvHref, reportRoutes } from '../api/report-routes';
import { useActivityReport } from '../api/use-reports';
import { ActivityCharts } from './activity-charts';
import { ActivityTable } from './activity-table';
import { DownloadCsvLink } from './download-csv-link';
import { ReportSection } from './report-section';

const INTERVAL_LABELS: Record<ActivityInterval, string> = {
  month: 'By month',
  quarter: 'By quarter',
};

interface ActivitySectionProps {
  by: ActivityInterval;
  /** The month/quarter switch; absent on paper. */
  onByChange?: (by: ActivityInterval) => void;
}

/** Meetings, attendance and engagement over the last two years. */
export function ActivitySection({ by, onByChange }: ActivitySectionProps) {
  return (
    <ReportSection
      title={`Activity by ${by}`}
      query={useActivityReport({ by })}
      extra={
        <Flex gap="small" align="center">
          {onByChange && (
            <Segmented<ActivityInterval>
              size="small"
              aria-label="Group activity"
              options={ACTIVITY_INTERVALS.map((value) => ({
                value,
                label: INTERVAL_LABELS[value],
              }))}
              value={by}
              onChange={onByChange}
            />
          )}
          <DownloadCsvLink
            href={reportCsvHref(reportRoutes.activity, { by })}
            what={`the activity by ${by}`}
          />
        </Flex>
      }
    >
      {(report) => (
        <Flex vertical gap="large">
          <ActivityCharts by={report.by} points={report.points} />
          <ActivityTable points={report.points} />
        </Flex>
      )}
    </ReportSection>
  );
}
