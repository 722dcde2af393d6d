import {
  OUTREACH_CHANNEL_LABELS,
  OUTREACH_CHANNELS,
  OUTREACH_OUTCOME_LABELS,
  OUTREACH_OUTCOMES,
  type OutreachChannel,
  TARGET_STATE_LABELS,
  TARGET_STATES,
} from '@coalition/contracts';
import { formatDate, telHref } from '@/lib/format';

const numbers = new Intl.NumberFormat('en-US');

/** `1020` → `1,020`. */
export function formatNumber(n: number): string {
  return numbers.format(n);
}

/** How much of `total` `part` is, in whole percent (0 for an empty drive). */
export function percentOf(part: number, total: number): number {
  return total > 0 ? Math.round((part * 100) / total) : 0;
}

/** `Sep 2, 2025 – Sep 30, 2025`, or `From Sep 2, 2025` for a drive with no planned end. */
export function formatDriveDates(startsOn: string, endsOn: string | null): string {
  return endsOn
    ? `${formatDate(startsOn)} – ${formatDate(endsOn)}`
    : `From ${formatDate(startsOn)}`;
}

/** The link that starts the call, the text or the email on the drive's channel. */
export function reachHref(channel: OutreachChannel, reachAt: string): string {
  switch (channel) {
    case 'phone':
      return telHref(reachAt);
    case 'sms':
      return `sms:${telHref(reachAt).slice('tel:'.length)}`;
    case 'email':
      return `mailto:${reachAt}`;
  }
}

export const CHANNEL_OPTIONS = OUTREACH_CHANNELS.map((channel) => ({
  value: channel,
  label: OUTREACH_CHANNEL_LABELS[channel],
}));

export const OUTCOME_OPTIONS = OUTREACH_OUTCOMES.map((outcome) => ({
  value: outcome,
  label: OUTREACH_OUTCOME_LABELS[outcome],
}));

export const STATE_OPTIONS = TARGET_STATES.map((state) => ({
  value: state,
  label: TARGET_STATE_LABELS[state],
}));
