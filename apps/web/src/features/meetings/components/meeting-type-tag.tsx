import { MEETING_TYPE_LABELS, type MeetingType } from '@coalition/contracts';
import { Tag } from 'antd';

const COLORS: Record<MeetingType, string> = {
  general_assembly: 'blue',
  working_group: 'cyan',
  lobby_day: 'volcano',
  training: 'purple',
  listening_session: 'gold',
  coalition_call: 'geekblue',
  other: 'default',
};

export function MeetingTypeTag({ type }: { type: MeetingType }) {
  return <Tag color={COLORS[type]}>{MEETING_TYPE_LABELS[type]}</Tag>;
}
