import { Tag } from 'antd';
import dayjs from 'dayjs';

interface CampaignStatusTagProps {
  startsOn: string;
  active: boolean;
}

/** Whether the campaign is running today, has not started yet, or has ended. */
export function CampaignStatusTag({ startsOn, active }: CampaignStatusTagProps) {
  if (active) return <Tag color="green">Running</Tag>;
  // `active` is the API's reading of today; what is not running either starts later or ended.
  return dayjs(startsOn).isAfter(dayjs(), 'day') ? (
    <Tag color="blue">Upcoming</Tag>
  ) : (
    <Tag>Ended</Tag>
  );
}
