import type { EngagementBand } from '@coalition/contracts';

/** Strongest darkest: the tag colours of the bands. */
export const BAND_COLORS: Record<EngagementBand, string> = {
  core: 'green',
  active: 'blue',
  occasional: 'gold',
  dormant: 'default',
};

// Points are rounded to hundredths by the API; whole numbers show without decimals.
const points = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatPoints(value: number): string {
  return points.format(value);
}
