import {
  CONTACT_ENGAGEMENT_COMPONENTS,
  ENGAGEMENT_COMPONENT_LABELS,
  ENGAGEMENT_COMPONENTS,
  type EngagementBreakdown,
  type EngagementComponentKey,
  type EngagementSubjectType,
} from '@coalition/contracts';
import type { EngagementScoreRow } from './reports.repository';

type Stored = Record<string, unknown>;

const num = (value: unknown): number => (typeof value === 'number' ? value : Number(value ?? 0));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const daysAgo = (days: number) => (days === 0 ? 'today' : `${plural(days, 'day')} ago`);

function meetingsDetail(c: Stored): string {
  const count = num(c.count);
  if (count === 0) return 'None';
  return `${plural(count, 'meeting')}; latest ${daysAgo(num(c.latestDaysAgo))}`;
}

function joinOrNone(parts: string[]): string {
  return parts.length ? parts.join('; ') : 'None';
}

/** What earned each component's points, in words, from what the scoring statement counted. */
const DETAIL: Record<EngagementComponentKey, (c: Stored) => string> = {
  meetingsLast90Days: meetingsDetail,
  meetingsEarlierInYear: meetingsDetail,
  campaigns: (c) =>
    joinOrNone([
      ...(num(c.leadPartner) ? [`lead partner in ${plural(num(c.leadPartner), 'campaign')}`] : []),
      ...(num(c.otherRole) ? [`another role in ${plural(num(c.otherRole), 'campaign')}`] : []),
    ]),
  outreach: (c) =>
    joinOrNone([
      ...(num(c.committed) ? [`${num(c.committed)} committed`] : []),
      ...(num(c.reached) ? [`${num(c.reached)} reached`] : []),
    ]),
  interests: (c) =>
    joinOrNone([
      ...(num(c.leading) ? [`leads ${plural(num(c.leading), 'issue')}`] : []),
      ...(num(c.active) ? [`active on ${plural(num(c.active), 'issue')}`] : []),
    ]),
  dues: (c) => (c.current === true ? 'Paid through today or later' : 'Not current, or none owed'),
};

/** The stored score as the record page explains it: every component of the subject type, in order. */
export function toEngagementBreakdown(type: EngagementSubjectType, row: EngagementScoreRow): EngagementBreakdown {
  const keys = type === 'organization' ? ENGAGEMENT_COMPONENTS : CONTACT_ENGAGEMENT_COMPONENTS;
  return {
    score: row.score,
    band: row.band,
    components: keys.map((key) => {
      const stored = row.components[key] ?? {};
      return { key, label: ENGAGEMENT_COMPONENT_LABELS[key], points: num(stored.points), detail: DETAIL[key](stored) };
    }),
    computedAt: row.computedAt.toISOString(),
  };
}
