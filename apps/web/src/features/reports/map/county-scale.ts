import type { GlobalToken } from 'antd';

/** The fills of a sequential scale, lightest (lowest value) first, and the no-data fill. */
export interface CountyPalette {
  steps: readonly string[];
  noData: string;
}

/** antd's blue palette from its second tint (the first is too close to the no-data grey). */
export function countyPalette(token: GlobalToken): CountyPalette {
  return {
    steps: [
      token.blue2,
      token.blue3,
      token.blue4,
      token.blue5,
      token.blue6,
      token.blue7,
      token.blue8,
      token.blue9,
    ],
    noData: token.colorFillSecondary,
  };
}

export interface ValueRange {
  min: number;
  max: number;
}

/** The lowest and highest values shown, or nothing when no county has one. */
export function valueRange(values: readonly (number | null)[]): ValueRange | undefined {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return undefined;
  return { min: Math.min(...known), max: Math.max(...known) };
}

/** A value's fill: its place between min and max, in equal steps from light to dark. */
export function fillOf(
  value: number | null,
  range: ValueRange | undefined,
  palette: CountyPalette,
): string {
  const { steps, noData } = palette;
  if (value === null || !range || !Number.isFinite(value)) return noData;
  const span = range.max - range.min;
  // Every county alike: no darker or lighter, so the middle of the scale.
  const share = span === 0 ? 0.5 : (value - range.min) / span;
  const index = Math.min(steps.length - 1, Math.max(0, Math.round(share * (steps.length - 1))));
  return steps[index] ?? noData;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatValue(value: number): string {
  return numberFormat.format(value);
}
