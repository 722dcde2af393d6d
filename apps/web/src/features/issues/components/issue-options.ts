import {
  BILL_STATUS_LABELS,
  BILL_STATUSES,
  ISSUE_STATUS_LABELS,
  ISSUE_STATUSES,
  ISSUE_TIERS,
  type IssueTier,
} from '@coalition/contracts';

/** What each tier means to the coalition, shown under the tier's heading. */
export const TIER_DESCRIPTIONS: Record<IssueTier, string> = {
  1: 'What the coalition leads with',
  2: 'Priorities the coalition works on',
  3: 'Priorities the coalition supports',
};

/** Select options for the fixed lists, labelled for people. */
export const TIER_OPTIONS = ISSUE_TIERS.map((value) => ({ value, label: `Tier ${value}` }));

export const ISSUE_STATUS_OPTIONS = ISSUE_STATUSES.map((value) => ({
  value,
  label: ISSUE_STATUS_LABELS[value],
}));

export const BILL_STATUS_OPTIONS = BILL_STATUSES.map((value) => ({
  value,
  label: BILL_STATUS_LABELS[value],
}));

/**
 * The legislative session under way: Massachusetts sessions start in odd years, so 2026 is
 * still in 2025-2026. Only a default for new issues; the form accepts any two-year span.
 */
export function currentSession(today = new Date()): string {
  const year = today.getFullYear();
  const first = year % 2 === 1 ? year : year - 1;
  return `${first}-${first + 1}`;
}
