import type { KpiQuery, ReportPeriod } from '@coalition/contracts';
import { Col, Flex, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDate } from '@/lib/format';
import { reportCsvHref, reportRoutes } from '../api/report-routes';
import { useKpiReport } from '../api/use-reports';
import { DownloadCsvLink } from './download-csv-link';
import { KpiCard } from './kpi-card';
import { ReportSection } from './report-section';

function periodText(period: ReportPeriod): string {
  return `${period.label} (${formatDate(period.start)} – ${formatDate(period.end)})`;
}

interface KpiSectionProps {
  query: KpiQuery;
  /** The quarter picker, on screen only. */
  picker?: ReactNode;
}

/** The headline numbers of a quarter, each against the quarter before. */
export function KpiSection({ query, picker }: KpiSectionProps) {
  return (
    <ReportSection
      title="Key figures"
      query={useKpiReport(query)}
      extra={
        <Flex gap="small" align="center">
          {picker}
          <DownloadCsvLink href={reportCsvHref(reportRoutes.kpis, query)} what="the key figures" />
        </Flex>
      }
    >
      {(report) => (
        <Flex vertical gap="middle">
          <Typography.Text type="secondary">
            {`${periodText(report.period)}, compared with ${periodText(report.previousPeriod)}`}
          </Typography.Text>
          <Row gutter={[16, 16]}>
            {report.kpis.map((kpi) => (
              <Col key={kpi.key} xs={24} sm={12} xl={8}>
                <KpiCard kpi={kpi} previousLabel={report.previousPeriod.label} />
              </Col>
            ))}
          </Row>
        </Flex>
      )}
    </ReportSection>
  );
}
