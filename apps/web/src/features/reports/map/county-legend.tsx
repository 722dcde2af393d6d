import { Flex, Typography } from 'antd';
import { type CountyPalette, formatValue, type ValueRange } from './county-scale';

const SWATCH = { width: 18, height: 10, display: 'inline-block' } as const;

interface CountyLegendProps {
  measureLabel: string;
  range: ValueRange | undefined;
  palette: CountyPalette;
  /** Whether some county has no value, so the grey needs explaining. */
  showNoData: boolean;
}

/** What the shades mean: the measure, its lowest and highest values, and the no-data grey. */
export function CountyLegend({ measureLabel, range, palette, showNoData }: CountyLegendProps) {
  return (
    <Flex align="center" gap="small" wrap aria-label="Map legend">
      <Typography.Text type="secondary">{measureLabel}</Typography.Text>
      {range && (
        <Flex align="center" gap={6}>
          <Typography.Text>{formatValue(range.min)}</Typography.Text>
          <Flex aria-hidden>
            {palette.steps.map((color) => (
              <span key={color} style={{ ...SWATCH, background: color }} />
            ))}
          </Flex>
          <Typography.Text>{formatValue(range.max)}</Typography.Text>
        </Flex>
      )}
      {showNoData && (
        <Flex align="center" gap={6}>
          <span aria-hidden style={{ ...SWATCH, background: palette.noData }} />
          <Typography.Text type="secondary">No data</Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
