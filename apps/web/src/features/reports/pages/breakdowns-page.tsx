import { BREAKDOWN_DIMENSIONS, BREAKDOWN_LABELS } from '@coalition/contracts';
import { Button, Flex, Result, Tabs } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { ListPageHeader } from '@/components/list-page-header';
import { paths } from '@/lib/paths';
import { isOneOf } from '@/lib/search-params';
import { BreakdownSection } from '../components/breakdown-section';
import { ReportsBreadcrumb } from '../components/reports-breadcrumb';

const isDimension = isOneOf(BREAKDOWN_DIMENSIONS);
const TABS = BREAKDOWN_DIMENSIONS.map((key) => ({ key, label: BREAKDOWN_LABELS[key] }));

/** Members by kind, county, issue, campaign or language community: one tab (and address) each. */
export function BreakdownsPage() {
  const { dimension = '' } = useParams();
  const navigate = useNavigate();

  if (!isDimension(dimension)) {
    return (
      <Flex vertical gap="middle">
        <title>Breakdown not found · Coalition CRM</title>
        <ReportsBreadcrumb current="Breakdowns" />
        <Result
          status="404"
          title="Breakdown not found"
          subTitle="Members can be broken down by organization kind, county, issue, campaign or language community."
          extra={
            <Button type="primary" onClick={() => void navigate(paths.reportBreakdown('kind'))}>
              Members by organization kind
            </Button>
          }
        />
      </Flex>
    );
  }

  return (
    <Flex vertical gap="middle">
      <ReportsBreadcrumb current="Breakdowns" />
      <ListPageHeader title="Breakdowns" />
      <Tabs
        activeKey={dimension}
        items={TABS}
        onChange={(key) => void navigate(paths.reportBreakdown(key))}
      />
      <BreakdownSection dimension={dimension} />
    </Flex>
  );
}
