import {
  DEFAULT_ENGAGEMENT_SETTINGS,
  ENGAGEMENT_COMPONENT_LABELS,
  type EngagementBreakdown,
  type EngagementComponent,
  type EngagementComponentKey,
  type EngagementSettings,
} from '@coalition/contracts';

export function buildEngagementComponent(
  key: EngagementComponentKey,
  overrides: Partial<EngagementComponent> = {},
): EngagementComponent {
  return { key, label: ENGAGEMENT_COMPONENT_LABELS[key], points: 0, detail: 'None', ...overrides };
}

/** The worked example of docs/engagement.md: an organization scoring 44.04, core. */
export function buildEngagementBreakdown(
  overrides: Partial<EngagementBreakdown> = {},
): EngagementBreakdown {
  return {
    score: 44.04,
    band: 'core',
    components: [
      buildEngagementComponent('meetingsLast90Days', {
        points: 5.04,
        detail: '1 meeting, latest 89 days ago',
      }),
      buildEngagementComponent('meetingsEarlierInYear', {
        points: 2,
        detail: '1 meeting, latest 180 days ago',
      }),
      buildEngagementComponent('campaigns', {
        points: 20,
        detail: 'Lead partner in 1 campaign, another role in 1',
      }),
      buildEngagementComponent('outreach', { points: 6, detail: '1 committed' }),
      buildEngagementComponent('interests', { points: 7, detail: 'Leads 1 issue' }),
      buildEngagementComponent('dues', { points: 4, detail: 'Paid through Dec 31, 2025' }),
    ],
    computedAt: '2025-06-02T10:00:00.000Z',
    ...overrides,
  };
}

export function buildEngagementSettings(
  overrides: Partial<EngagementSettings> = {},
): EngagementSettings {
  return { ...DEFAULT_ENGAGEMENT_SETTINGS, ...overrides };
}
