import { generateDemoCampaigns, splitTotal } from './demo-campaigns';
import { type DemoMember, assignEngagement } from './demo-issues';
import { generateDemoOrganizations } from './demo-organizations';
import { demoFaker } from './demo-random';
import { DEMO_ORGANIZATION_COUNT } from './demo-seed';

function demoMembers(): DemoMember[] {
  return generateDemoOrganizations(demoFaker(), DEMO_ORGANIZATION_COUNT)
    .map((o, i) => ({
      id: `org-${i}`,
      name: o.name,
      kind: o.kind,
      membershipStatus: o.membershipStatus,
      city: o.city,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

describe('the demo campaigns', () => {
  const members = demoMembers();
  const byId = new Map(members.map((m) => [m.id, m]));
  const generate = () =>
    generateDemoCampaigns(demoFaker(9), members, assignEngagement(demoFaker(8), members));
  const campaigns = generate();
  const named = (name: string) => campaigns.find((c) => c.name === name)!;

  it('holds the four long-running campaigns and two tied to tier-1 issues, the same on every run', () => {
    expect(generate()).toEqual(campaigns);
    expect(campaigns.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'Welcoming Massachusetts',
        'English Works',
        'New Americans Vote',
        'Redistricting',
      ]),
    );
    const tied = campaigns.filter((c) =>
      c.issueKeys.some((k) => ['safe_communities', 'legal_defense', 'dignity'].includes(k)),
    );
    expect(tied.length).toBe(2);
  });

  it('registered somewhat over 1,500 new voters last summer, per event and organization', () => {
    const nav = named('New Americans Vote');
    const goal = nav.goals.findIndex((g) => g.label === 'New voters registered');
    expect(nav.goals[goal].target).toBe(1500);
    const registrations = nav.contributions.filter((c) => c.goalIndex === goal);
    const total = registrations.reduce((sum, c) => sum + c.amount, 0);
    expect(total).toBeGreaterThan(1500);
    expect(total).toBeLessThan(1650);
    for (const c of registrations)
      expect(c.recordedOn >= '2026-06-01' && c.recordedOn <= '2026-08-31').toBe(true);
    expect(new Set(registrations.map((c) => c.participationIndex)).size).toBeGreaterThan(5);
    expect(registrations.every((c) => / in [A-Z]/.test(c.note))).toBe(true);
  });

  it('credits contributions only to lead partners and participants of the same campaign', () => {
    for (const c of campaigns) {
      for (const k of c.contributions) {
        expect(k.amount).toBeGreaterThan(0);
        if (k.participationIndex === null) continue;
        expect(['lead_partner', 'participant']).toContain(
          c.participations[k.participationIndex].role,
        );
      }
    }
  });

  it('draws participants from the right kinds of members, each role once per organization', () => {
    for (const c of campaigns) {
      const keys = c.participations.map((p) => `${p.organizationId}|${p.role}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const p of c.participations)
        expect(['active', 'lapsed']).toContain(byId.get(p.organizationId)!.membershipStatus);
    }
    const englishWorks = named('English Works').participations.filter(
      (p) => p.role === 'lead_partner',
    );
    expect(
      englishWorks
        .map((p) => byId.get(p.organizationId)!.kind)
        .every((k) => k === 'school' || k === 'labor_union'),
    ).toBe(true);
  });

  it('spreads contributions over two years', () => {
    const dates = campaigns.flatMap((c) => c.contributions.map((k) => k.recordedOn)).sort();
    expect(dates[0] < '2025-01-01').toBe(true);
    expect(dates.at(-1)! > '2026-08-31').toBe(true);
  });
});

describe('splitTotal', () => {
  it('splits into positive parts that add up exactly', () => {
    const faker = demoFaker(3);
    for (const [total, count] of [
      [1562, 44],
      [47, 40],
      [5, 9],
      [1, 1],
    ]) {
      const parts = splitTotal(faker, total, count);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      expect(Math.min(...parts)).toBeGreaterThanOrEqual(1);
      expect(parts.length).toBe(Math.min(total, count));
    }
  });
});
