import {
  CONSENT_CHANNEL_LABELS,
  CONSENT_CHANNELS,
  type ConsentChannel,
  type ConsentSummary,
} from '@coalition/contracts';
import { CheckCircleFilled, StopOutlined } from '@ant-design/icons';
import { Flex, Tag } from 'antd';
import { CONSENT_SHORT_LABELS } from './consent-labels';

/** One channel at a glance: green with a tick when the person agreed, grey and struck when not. */
export function ConsentTag({ channel, granted }: { channel: ConsentChannel; granted: boolean }) {
  const meaning = `${CONSENT_CHANNEL_LABELS[channel]}: ${granted ? 'consent given' : 'no consent'}`;
  return (
    <Tag
      color={granted ? 'success' : 'default'}
      icon={granted ? <CheckCircleFilled /> : <StopOutlined />}
      aria-label={meaning}
      title={meaning}
      style={granted ? undefined : { textDecoration: 'line-through' }}
    >
      {CONSENT_SHORT_LABELS[channel]}
    </Tag>
  );
}

/** Every channel, in the same order everywhere, so a column of them reads down easily. */
export function ConsentTags({ consent }: { consent: ConsentSummary }) {
  return (
    <Flex gap={4}>
      {CONSENT_CHANNELS.map((channel) => (
        <ConsentTag key={channel} channel={channel} granted={consent[channel]} />
      ))}
    </Flex>
  );
}
