import { LineChartOutlined, PrinterOutlined } from '@ant-design/icons';
import { Col, Flex, Row } from 'antd';
import { Link } from 'react-router';
import { ListPageHeader } from '@/components/list-page-header';
import { paths } from '@/lib/paths';
import { BreakdownLinks } from '../components/breakdown-links';
import { CampaignProgressSection } from '../components/campaign-progress-section';
import { CountyMapSection } from '../components/county-map-section';
import { CoverageSection } from '../components/coverage-section';
import { DriftingSection } from '../components/drifting-section';
import { KpiSection } from '../components/kpi-section';
import { QuarterSelect } from '../components/quarter-select';
import { useKpiQuarter } from '../hooks/use-report-params';

/** The leadership home: how alive the coalition is, every number a click from its members. */
export function ReportsOverviewPage() {
  const [quarter, setQuarter] = useKpiQuarter();
  const printHref = quarter ? `${paths.reportsPrint}?quarter=${quarter}` : paths.reportsPrint;
  return (
    <Flex vertical gap="middle">
      <ListPageHeader title="Reports">
        <Link to={paths.reportActivity}>
          <LineChartOutlined /> Activity over time
        </Link>
        <Link to={printHref}>
          <PrinterOutlined /> Print / PDF
        </Link>
      </ListPageHeader>
      <KpiSection
        query={quarter ? { quarter } : {}}
        picker={<QuarterSelect value={quarter} onChange={setQuarter} />}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={12}>
          <CountyMapSection />
        </Col>
        <Col xs={24} xxl={12}>
          <DriftingSection />
        </Col>
      </Row>
      <CoverageSection />
      <CampaignProgressSection />
      <BreakdownLinks />
    </Flex>
  );
}
