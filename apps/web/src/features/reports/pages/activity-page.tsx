import { Flex } from 'antd';
import { ListPageHeader } from '@/components/list-page-header';
import { ActivitySection } from '../components/activity-section';
import { CampaignMetricsSection } from '../components/campaign-metrics-section';
import { ReportsBreadcrumb } from '../components/reports-breadcrumb';
import { useActivityInterval } from '../hooks/use-report-params';

/** Attendance and engagement over the last two years, and campaign metrics against their goals. */
export function ActivityPage() {
  const [by, setBy] = useActivityInterval();
  return (
    <Flex vertical gap="middle">
      <ReportsBreadcrumb current="Activity over time" />
      <ListPageHeader title="Activity over time" />
      <ActivitySection by={by} onByChange={setBy} />
      <CampaignMetricsSection />
    </Flex>
  );
}
