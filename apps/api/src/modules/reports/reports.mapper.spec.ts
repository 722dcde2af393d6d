import { toEngagementBreakdown } from './reports.mapper';

const computedAt = new Date('2026-10-31T12:00:00Z');

describe('toEngagementBreakdown', () => {
  it('lists every organization component in order, in words', () => {
    const b = toEngagementBreakdown('organization', {
      score: 38.5,
      band: 'active',
      computedAt,
      components: {
        meetingsLast90Days: { points: 17.5, count: 2, latestDaysAgo: 1 },
        meetingsEarlierInYear: { points: 0, count: 0, latestDaysAgo: null },
        campaigns: { points: 15, leadPartner: 1, otherRole: 0 },
        outreach: { points: 0, committed: 0, reached: 0 },
        interests: { points: 6, active: 2, leading: 0 },
        dues: { points: 0, current: false },
      },
    });
    expect(b.components.map((c) => [c.key, c.points, c.detail])).toEqual([
      ['meetingsLast90Days', 17.5, '2 meetings; latest 1 day ago'],
      ['meetingsEarlierInYear', 0, 'None'],
      ['campaigns', 15, 'lead partner in 1 campaign'],
      ['outreach', 0, 'None'],
      ['interests', 6, 'active on 2 issues'],
      ['dues', 0, 'Not current, or none owed'],
    ]);
    expect(b).toMatchObject({ score: 38.5, band: 'active', computedAt: '2026-10-31T12:00:00.000Z' });
  });

  it('leaves interests and dues out for a person, and reads missing counts as none', () => {
    const b = toEngagementBreakdown('contact', { score: 0, band: 'dormant', computedAt, components: {} });
    expect(b.components.map((c) => [c.key, c.points, c.detail])).toEqual([
      ['meetingsLast90Days', 0, 'None'],
      ['meetingsEarlierInYear', 0, 'None'],
      ['campaigns', 0, 'None'],
      ['outreach', 0, 'None'],
    ]);
  });
});
