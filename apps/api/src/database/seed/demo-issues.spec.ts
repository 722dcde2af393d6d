import { generateDemoOrganizations } from './demo-organizations';
import {
  DEMO_ISSUES,
  type DemoMember,
  assignEngagement,
  generateDemoInterests,
} from './demo-issues';
import { demoFaker } from './demo-random';
import { DEMO_ORGANIZATION_COUNT } from './demo-seed';

/** The demo organizations as the seed reads them back, with stand-in ids. */
function demoMembers(): DemoMember[] {
  return generateDemoOrganizations(demoFaker(), DEMO_ORGANIZATION_COUNT)
    .map((o, i) => ({
      id: `org-${String(i).padStart(3, '0')}`,
      name: o.name,
      kind: o.kind,
      membershipStatus: o.membershipStatus,
      city: o.city,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

describe('the demo priorities', () => {
  const members = demoMembers();
  const generate = () => {
    const faker = demoFaker(7);
    return generateDemoInterests(faker, members, assignEngagement(faker, members));
  };
  const interests = generate();
  const byId = new Map(members.map((m) => [m.id, m]));

  it('are the twelve of DOMAIN.md: 3, 5 and 4 per tier, with unique bill numbers', () => {
    expect([1, 2, 3].map((tier) => DEMO_ISSUES.filter((i) => i.tier === tier).length)).toEqual([
      3, 5, 4,
    ]);
    const numbers = DEMO_ISSUES.flatMap((i) => i.bills.map((b) => b.number));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(DEMO_ISSUES.map((i) => i.title)).toEqual(
      expect.arrayContaining([
        'Safe Communities Act',
        'Cover All Kids',
        'Dignity Not Deportations',
      ]),
    );
  });

  it('generates the same interests for the same seed, one per organization and issue', () => {
    expect(generate()).toEqual(interests);
    const pairs = interests.map((i) => `${i.organizationId}|${i.issueKey}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('gives every priority at least one leading member, and only current members lead', () => {
    for (const { key } of DEMO_ISSUES) {
      expect({
        key,
        leading: interests.some((i) => i.issueKey === key && i.level === 'leading'),
      }).toEqual({ key, leading: true });
    }
    const leaders = interests
      .filter((i) => i.level === 'leading')
      .map((i) => byId.get(i.organizationId)!.membershipStatus);
    expect(new Set(leaders)).toEqual(new Set(['active']));
  });

  it('matches interests to kinds: health centers on Cover All Kids, unions on workers’ rights', () => {
    const share = (kind: string, key: string) => {
      const ofKind = members.filter((m) => m.kind === kind && m.membershipStatus === 'active');
      const ids = new Set(ofKind.map((m) => m.id));
      return (
        interests.filter((i) => i.issueKey === key && ids.has(i.organizationId)).length /
        ofKind.length
      );
    };
    expect(share('health_center', 'cover_all_kids')).toBeGreaterThan(0.4);
    expect(share('labor_union', 'workers_rights')).toBeGreaterThan(0.4);
    expect(share('school', 'esol_budget')).toBeGreaterThan(0.4);
    expect(share('health_center', 'workers_rights')).toBeLessThan(
      share('health_center', 'cover_all_kids') / 3,
    );
    expect(share('religious', 'cover_all_kids')).toBeLessThan(
      share('religious', 'safe_communities') / 3,
    );
  });

  it('leaves lapsed and former members few, stale interests, and spreads the rest over two years', () => {
    for (const i of interests) {
      const status = byId.get(i.organizationId)!.membershipStatus;
      if (status === 'lapsed' || status === 'former')
        expect(i.confirmedOn <= '2024-08-31').toBe(true);
      else expect(i.confirmedOn >= '2024-11-01' && i.confirmedOn <= '2026-10-31').toBe(true);
    }
    const perMarginal = new Map<string, number>();
    for (const i of interests) {
      if (['lapsed', 'former'].includes(byId.get(i.organizationId)!.membershipStatus)) {
        perMarginal.set(i.organizationId, (perMarginal.get(i.organizationId) ?? 0) + 1);
      }
    }
    expect(Math.max(0, ...perMarginal.values())).toBeLessThanOrEqual(2);
    const years = new Set(interests.map((i) => i.confirmedOn.slice(0, 4)));
    expect([...years]).toEqual(expect.arrayContaining(['2024', '2025', '2026']));
  });
});
