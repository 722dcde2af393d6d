import {
  CAMPAIGN_KIND_LABELS,
  CAMPAIGN_KINDS,
  PARTICIPATION_ROLE_LABELS,
  PARTICIPATION_ROLES,
} from '@coalition/contracts';
import dayjs from 'dayjs';
import { formatDate } from '@/lib/format';

const numbers = new Intl.NumberFormat('en-US');

/** `1020` → `1,020`. */
export function formatNumber(n: number): string {
  return numbers.format(n);
}

/** `Jun 1, 2025 – Nov 4, 2025`, or `Since Jun 1, 2025` for a campaign with no planned end. */
export function formatCampaignDates(startsOn: string, endsOn: string | null): string {
  return endsOn
    ? `${formatDate(startsOn)} – ${formatDate(endsOn)}`
    : `Since ${formatDate(startsOn)}`;
}

/** `2025-07` → `Jul 2025`. */
export function formatMonth(month: string): string {
  return dayjs(`${month}-01`).format('MMM YYYY');
}

export const KIND_OPTIONS = CAMPAIGN_KINDS.map((kind) => ({
  value: kind,
  label: CAMPAIGN_KIND_LABELS[kind],
}));

export const ROLE_OPTIONS = PARTICIPATION_ROLES.map((role) => ({
  value: role,
  label: PARTICIPATION_ROLE_LABELS[role],
}));
