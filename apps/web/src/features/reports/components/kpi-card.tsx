import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { KPI_DESCRIPTIONS, type Kpi, type KpiKey } from '@coalition/contracts';
import { Card, Flex, theme, Typography } from 'antd';
import { formatNumber, formatSigned } from './report-format';

/** For these a rise is bad news: it shows in red. */
const LOWER_IS_BETTER: ReadonlySet<KpiKey> = new Set(['lapsedMembers', 'newlyDormant']);

function ChangeLine({ kpi, previousLabel }: { kpi: Kpi; previousLabel: string }) {
  const { token } = theme.useToken();
  if (kpi.change === 0) {
    return <Typography.Text type="secondary">{`No change from ${previousLabel}`}</Typography.Text>;
  }
  const better = kpi.change > 0 !== LOWER_IS_BETTER.has(kpi.key);
  const percent = kpi.changePercent === null ? '' : ` (${formatSigned(kpi.changePercent)}%)`;
  return (
    <Typography.Text style={{ color: better ? token.colorSuccess : token.colorError }}>
      {kpi.change > 0 ? <ArrowUpOutlined /> : <ArrowDownOutlined />}
      {` ${formatSigned(kpi.change)}${percent} from ${formatNumber(kpi.previous)} in ${previousLabel}`}
    </Typography.Text>
  );
}

/** One KPI: its value this period, the change against the previous one, what it counts. */
export function KpiCard({ kpi, previousLabel }: { kpi: Kpi; previousLabel: string }) {
  const { token } = theme.useToken();
  return (
    <Card size="small" role="group" aria-label={kpi.label} style={{ height: '100%' }}>
      <Flex vertical gap={4}>
        <Typography.Text type="secondary">{kpi.label}</Typography.Text>
        <Typography.Text strong style={{ fontSize: token.fontSizeHeading2, lineHeight: 1.2 }}>
          {formatNumber(kpi.value)}
        </Typography.Text>
        <ChangeLine kpi={kpi} previousLabel={previousLabel} />
        <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
          {KPI_DESCRIPTIONS[kpi.key]}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
