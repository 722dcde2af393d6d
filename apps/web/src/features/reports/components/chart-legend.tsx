import { theme } from 'antd';
import { Legend } from 'recharts';

/**
 * A legend in the order the series are drawn (recharts sorts by name otherwise), its text in
 * the text colour: light bar colours are not readable as text.
 */
export function ChartLegend() {
  const { token } = theme.useToken();
  return (
    <Legend
      itemSorter={null}
      formatter={(value) => <span style={{ color: token.colorText }}>{value}</span>}
    />
  );
}
