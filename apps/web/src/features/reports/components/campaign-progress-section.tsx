import type { CampaignProgress, GoalProgress } from '@coalition/contracts';
import { Flex, Progress, Tag, theme, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { reportCsvHref, reportRoutes } from '../api/report-routes';
import { useCampaignReport } from '../api/use-reports';
import { DownloadCsvLink } from './download-csv-link';
import { MemberCountLink } from './member-count-link';
import { formatNumber } from './report-format';
import { ReportSection } from './report-section';

/** The bar stops at full; the percent says by how much a target was passed (120%). */
function GoalBar({ goal }: { goal: GoalProgress }) {
  return (
    <div>
      <Flex justify="space-between" gap="small" wrap>
        <Typography.Text>{goal.label}</Typography.Text>
        <Typography.Text type="secondary">
          {`${formatNumber(goal.achieved)} / ${formatNumber(goal.target)} ${goal.unit}`}
        </Typography.Text>
      </Flex>
      <Progress
        percent={Math.min(goal.percent, 100)}
        status={goal.percent >= 100 ? 'success' : 'normal'}
        format={() => `${goal.percent}%`}
        aria-label={`${goal.label}: ${goal.percent}% of the target`}
      />
    </div>
  );
}

function dates(campaign: CampaignProgress): string {
  return campaign.endsOn
    ? `${formatDate(campaign.startsOn)} – ${formatDate(campaign.endsOn)}`
    : `Since ${formatDate(campaign.startsOn)}`;
}

function CampaignItem({ campaign }: { campaign: CampaignProgress }) {
  return (
    <Flex vertical gap="small" style={{ width: '100%' }}>
      <Flex justify="space-between" align="baseline" gap="small" wrap>
        <Flex align="baseline" gap="small" wrap>
          <Link to={paths.campaign(campaign.id)}>
            <Typography.Text strong>{campaign.name}</Typography.Text>
          </Link>
          {campaign.active && <Tag color="green">Active</Tag>}
          <Typography.Text type="secondary">{dates(campaign)}</Typography.Text>
        </Flex>
        <Typography.Text>
          <MemberCountLink
            count={campaign.members}
            filter={campaign.filter}
            title={`Members taking part in ${campaign.name}`}
          />
          {campaign.members === 1 ? ' member taking part' : ' members taking part'}
        </Typography.Text>
      </Flex>
      {campaign.goals.length === 0 ? (
        <Typography.Text type="secondary">No goals set.</Typography.Text>
      ) : (
        campaign.goals.map((goal) => <GoalBar key={goal.goalId} goal={goal} />)
      )}
    </Flex>
  );
}

/** How each campaign is doing against its goals, and how many members take part. */
export function CampaignProgressSection() {
  const { token } = theme.useToken();
  const separator = `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`;
  return (
    <ReportSection
      title="Campaign progress"
      query={useCampaignReport()}
      extra={
        <DownloadCsvLink
          href={reportCsvHref(reportRoutes.campaigns)}
          what="the campaign progress"
        />
      }
    >
      {(report) =>
        report.items.length === 0 ? (
          <Typography.Text type="secondary">No campaigns yet.</Typography.Text>
        ) : (
          <Flex vertical gap="middle" role="list" aria-label="Campaigns">
            {report.items.map((campaign, index) => (
              <div
                key={campaign.id}
                role="listitem"
                style={index === 0 ? undefined : { borderTop: separator, paddingTop: 16 }}
              >
                <CampaignItem campaign={campaign} />
              </div>
            ))}
          </Flex>
        )
      }
    </ReportSection>
  );
}
