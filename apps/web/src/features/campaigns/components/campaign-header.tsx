import { CAMPAIGN_KIND_LABELS, type CampaignDetail } from '@coalition/contracts';
import { Flex, Tag, Typography } from 'antd';
import { RecordActions } from '@/components/record-actions';
import { formatCampaignDates } from './campaign-format';
import { CampaignStatusTag } from './campaign-status-tag';

interface CampaignHeaderProps {
  campaign: CampaignDetail;
  /** Left out when the person may not edit campaigns: the actions are not shown. */
  onEdit?: () => void;
  onArchive?: () => void;
}

/** The campaign's name, kind, dates and whether it runs today, and what can be done to it. */
export function CampaignHeader({ campaign, onEdit, onArchive }: CampaignHeaderProps) {
  const archived = campaign.archivedAt !== null;
  return (
    <Flex justify="space-between" align="start" wrap gap="middle">
      <Flex vertical gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {campaign.name}
        </Typography.Title>
        <Flex wrap gap="small" align="center">
          <Tag>{CAMPAIGN_KIND_LABELS[campaign.kind]}</Tag>
          <CampaignStatusTag startsOn={campaign.startsOn} active={campaign.active} />
          <Typography.Text type="secondary">
            {formatCampaignDates(campaign.startsOn, campaign.endsOn)}
          </Typography.Text>
        </Flex>
      </Flex>
      <RecordActions archived={archived} onEdit={onEdit} onArchive={onArchive} />
    </Flex>
  );
}
