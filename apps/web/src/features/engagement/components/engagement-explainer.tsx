import {
  ENGAGEMENT_BAND_LABELS,
  type EngagementSettings,
  type EngagementSubjectType,
} from '@coalition/contracts';
import { Flex, Skeleton, Typography } from 'antd';
import { useEngagementSettings } from '../api/use-engagement';
import { formatPoints } from './engagement-format';

/** What earns points, in words; the numbers follow when the settings can be read. */
function partsOf(type: EngagementSubjectType, s?: EngagementSettings): string[] {
  const p = s?.points;
  const n = (value: number | undefined, what: string) =>
    value === undefined ? what : `${what} (${formatPoints(value)})`;
  const halfLife = s ? `halve every ${s.halfLifeDays} days` : 'shrink with age';
  const parts = [
    `${n(p?.meetingLast90Days, 'Each meeting attended in the last 90 days')} and ${n(
      p?.meetingEarlierInYear,
      '90 to 364 days ago',
    )}; a meeting's points ${halfLife}.`,
    `${n(p?.campaignLeadPartner, 'Each current campaign led as lead partner')}, ${n(
      p?.campaignOtherRole,
      'with any other role',
    )}.`,
    `${n(p?.outreachCommitted, 'Each outreach commitment')} or ${n(
      p?.outreachReached,
      'conversation',
    )} in the last 365 days; declined earns nothing.`,
  ];
  if (type === 'organization') {
    parts.push(
      `${n(p?.interestLeading, 'Each issue the organization leads')}, ${n(
        p?.interestActive,
        'is active on',
      )}.`,
      `${n(p?.duesCurrent, 'Dues paid up')}.`,
    );
  }
  return parts;
}

function bandsOf(s?: EngagementSettings): string[] {
  if (!s) {
    return [
      `${Object.values(ENGAGEMENT_BAND_LABELS).join(', ')}: strongest to weakest, by thresholds ` +
        'set in the engagement settings.',
    ];
  }
  const { core, active, occasional } = s.thresholds;
  const [c, a, o] = [core, active, occasional].map(formatPoints);
  return [
    `${ENGAGEMENT_BAND_LABELS.core}: ${c} or more`,
    `${ENGAGEMENT_BAND_LABELS.active}: ${a} up to ${c}`,
    `${ENGAGEMENT_BAND_LABELS.occasional}: ${o} up to ${a}`,
    `${ENGAGEMENT_BAND_LABELS.dormant}: below ${o}`,
  ];
}

function Bullets({ label, items }: { label: string; items: string[] }) {
  return (
    <ul aria-label={label} style={{ margin: 0, paddingInlineStart: 20 }}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

interface EngagementExplainerProps {
  type: EngagementSubjectType;
  /** Only roles that read reports may read the settings; others get the rules without numbers. */
  canReadSettings: boolean;
}

/** How a score is made: what earns points, and the bands' thresholds. */
export function EngagementExplainer({ type, canReadSettings }: EngagementExplainerProps) {
  const { data, isPending } = useEngagementSettings(canReadSettings);
  if (canReadSettings && isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  return (
    <Flex vertical gap="small" style={{ maxWidth: 380 }}>
      <Typography.Text>Points for what was done; the score is their sum.</Typography.Text>
      <Bullets label="What earns points" items={partsOf(type, data)} />
      <Typography.Text strong>Bands</Typography.Text>
      <Bullets label="Bands" items={bandsOf(data)} />
      <Typography.Text type="secondary">
        Scores are recomputed every day and whenever the settings change.
      </Typography.Text>
    </Flex>
  );
}
