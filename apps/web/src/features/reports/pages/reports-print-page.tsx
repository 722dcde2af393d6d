import { PrinterOutlined } from '@ant-design/icons';
import { BREAKDOWN_DIMENSIONS } from '@coalition/contracts';
import { Button, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { ActivitySection } from '../components/activity-section';
import { BreakdownSection } from '../components/breakdown-section';
import { CampaignMetricsSection } from '../components/campaign-metrics-section';
import { CampaignProgressSection } from '../components/campaign-progress-section';
import { FixedSizeCharts } from '../components/chart-size';
import { CountyMapSection } from '../components/county-map-section';
import { CoverageSection } from '../components/coverage-section';
import { DriftingSection } from '../components/drifting-section';
import { KpiSection } from '../components/kpi-section';
import { useKpiQuarter } from '../hooks/use-report-params';

/**
 * An A4 page less 12 mm margins is about 700 CSS pixels wide; a chart inside its card's padding
 * fits at this width without the browser scaling the page down.
 */
const CHART_WIDTH = 620;

/**
 * On paper only the report: the shell's header and navigation, the buttons and the page's
 * padding go. Mounted with this page only, so it changes nothing elsewhere.
 */
const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 12mm; }
  .ant-layout-header, .ant-layout-sider, .reports-no-print { display: none !important; }
  .ant-layout, .ant-layout-content, main {
    padding: 0 !important; margin: 0 !important; min-height: 0 !important; background: none !important;
  }
  a { color: inherit !important; text-decoration: none !important; }
}
`;

/** Every report on one page at fixed sizes, to print or save as PDF. */
export function ReportsPrintPage() {
  const [quarter] = useKpiQuarter();
  return (
    <FixedSizeCharts width={CHART_WIDTH}>
      <title>Engagement report · Coalition CRM</title>
      <style>{PRINT_CSS}</style>
      <Flex vertical gap="middle" style={{ maxWidth: CHART_WIDTH + 48 }}>
        <Flex className="reports-no-print" justify="space-between" align="center">
          <Link to={paths.reports}>Back to reports</Link>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            Print
          </Button>
        </Flex>
        <div>
          <Typography.Title level={2} style={{ margin: 0 }}>
            Engagement report
          </Typography.Title>
          <Typography.Text type="secondary">{`As of ${dayjs().format('MMM D, YYYY')}`}</Typography.Text>
        </div>
        <KpiSection query={quarter ? { quarter } : {}} />
        <CountyMapSection />
        <DriftingSection />
        <CoverageSection />
        <CampaignProgressSection />
        <CampaignMetricsSection />
        {BREAKDOWN_DIMENSIONS.map((dimension) => (
          <BreakdownSection key={dimension} dimension={dimension} withMap={false} />
        ))}
        <ActivitySection by="month" />
      </Flex>
    </FixedSizeCharts>
  );
}
