import {
  BREAKDOWN_LABELS,
  type BreakdownDimension,
  ENGAGEMENT_BAND_LABELS,
  type EngagementBand,
} from '@coalition/contracts';
import dayjs from 'dayjs';

const whole = new Intl.NumberFormat('en-US');
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** `1520` → `1,520`. */
export function formatNumber(n: number): string {
  return whole.format(n);
}

/** Scores keep one decimal (`31.25` → `31.3`); no score is a dash. */
export function formatScore(score: number | null): string {
  return score === null ? '—' : oneDecimal.format(score);
}

/** A change with its sign: `+12`, `−3` (a true minus sign), `0`. */
export function formatSigned(n: number): string {
  if (n > 0) return `+${whole.format(n)}`;
  if (n < 0) return `−${whole.format(-n)}`;
  return '0';
}

/** `2026-10` → `Oct 2026`; `2026-Q4` → `Q4 2026`. */
export function formatPeriod(period: string): string {
  const quarter = /^(\d{4})-(Q[1-4])$/.exec(period);
  if (quarter) return `${quarter[2]} ${quarter[1]}`;
  return dayjs(`${period}-01`).format('MMM YYYY');
}

/** How a breakdown row's members are named when they open as a list (and a segment's name). */
export function breakdownRowTitle(dimension: BreakdownDimension, label: string): string {
  switch (dimension) {
    case 'kind':
      return `Members: ${label}`;
    case 'county':
      return `${label} County members`;
    case 'issue':
      return `Members interested in ${label}`;
    case 'campaign':
      return `Members taking part in ${label}`;
    case 'language':
      return `Members serving the ${label} community`;
  }
}

/** A row's title narrowed to one engagement band. */
export function bandTitle(title: string, band: EngagementBand): string {
  return `${title}, ${ENGAGEMENT_BAND_LABELS[band].toLowerCase()} engagement`;
}

export function breakdownLabel(dimension: BreakdownDimension): string {
  return BREAKDOWN_LABELS[dimension];
}
