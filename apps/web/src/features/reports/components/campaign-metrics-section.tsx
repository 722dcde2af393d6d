import { Flex, Typography } from 'antd';
import { reportCsvHref, reportRoutes } from '../api/report-routes';
import { useCampaignReport } from '../api/use-reports';
import { CampaignMetricChart } from './campaign-metric-chart';
import { DownloadCsvLink } from './download-csv-link';
import { ReportSection } from './report-section';

/** Every campaign metric (voters registered...) cumulated month by month against its goal. */
export function CampaignMetricsSection() {
  return (
    <ReportSection
      title="Campaign metrics against their goals"
      query={useCampaignReport()}
      extra={
        <DownloadCsvLink
          href={reportCsvHref(reportRoutes.campaigns)}
          what="the campaign progress"
        />
      }
    >
      {(report) => {
        const charts = report.items.flatMap((campaign) =>
          campaign.series
            .filter((series) => series.points.length > 0)
            .map((series) => (
              <CampaignMetricChart
                key={series.goalId}
                campaignName={campaign.name}
                series={series}
              />
            )),
        );
        return charts.length === 0 ? (
          <Typography.Text type="secondary">
            No contributions logged toward a goal yet.
          </Typography.Text>
        ) : (
          <Flex vertical gap="large">
            {charts}
          </Flex>
        );
      }}
    </ReportSection>
  );
}
