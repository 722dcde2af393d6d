import { FINAL_OUTCOMES, OUTREACH_OUTCOMES, segmentFilterSchema } from '@coalition/contracts';
import { DEMO_DRIVE, DEMO_DRIVE_SEGMENT, type DemoTargetRef, demoSegments, generateDemoAttempts } from './demo-outreach';
import { demoFaker } from './demo-random';

const ISSUE = '6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00';

describe('the demo outreach', () => {
  const targets: DemoTargetRef[] = Array.from({ length: 40 }, (_, i) => ({
    id: `target-${String(i).padStart(2, '0')}`,
    assigneeId: i % 2 ? 'admin' : 'organizer',
  }));
  const generate = () => generateDemoAttempts(demoFaker(11), targets);
  const attempts = generate();
  const byTarget = new Map<string, typeof attempts>();
  for (const a of attempts) byTarget.set(a.targetId, [...(byTarget.get(a.targetId) ?? []), a]);

  it('saves valid segments, DOMAIN.md\'s example first, the drive\'s source among them', () => {
    const segments = demoSegments(ISSUE);
    expect(segments.map((s) => s.name)).toEqual([
      'Cover All Kids leaders and active groups in Worcester & Hampden',
      'Lapsed members to win back',
      'Portuguese-speaking contacts who take calls',
      DEMO_DRIVE_SEGMENT,
    ]);
    for (const s of segments) expect(segmentFilterSchema.parse(s.filter)).toEqual(s.filter);
    expect(segments[0].filter.children).toContainEqual({
      type: 'condition',
      field: 'organization.interest',
      issueIds: [ISSUE],
      match: 'any',
      minLevel: 'active',
    });
  });

  it('works about half the targets, the same way on every run', () => {
    expect(generate()).toEqual(attempts);
    expect(byTarget.size).toBe(20);
  });

  it('mixes outcomes, with a final outcome only ever last and notes on every commitment', () => {
    expect(new Set(attempts.map((a) => a.outcome)).size).toBeGreaterThanOrEqual(4);
    expect(attempts.every((a) => OUTREACH_OUTCOMES.includes(a.outcome))).toBe(true);
    for (const list of byTarget.values()) {
      for (const earlier of list.slice(0, -1)) expect(FINAL_OUTCOMES).not.toContain(earlier.outcome);
      // Still open: a date to try again.
      const last = list.at(-1)!;
      if (!FINAL_OUTCOMES.includes(last.outcome)) expect(last.followUpOn).not.toBeNull();
    }
    const commitments = attempts.filter((a) => a.outcome === 'committed');
    expect(commitments.length).toBeGreaterThan(2);
    expect(commitments.every((a) => a.note)).toBe(true);
  });

  it('logs each call by the target\'s organizer, in order, during the drive and before the demo\'s today', () => {
    for (const [targetId, list] of byTarget) {
      const assignee = targets.find((t) => t.id === targetId)!.assigneeId;
      expect(list.every((a) => a.loggedBy === assignee)).toBe(true);
      const times = list.map((a) => a.loggedAt.getTime());
      expect([...times].sort((a, b) => a - b)).toEqual(times);
    }
    const days = attempts.map((a) => a.loggedAt.toISOString().slice(0, 10)).sort();
    expect(days[0] > DEMO_DRIVE.startsOn).toBe(true);
    expect(days.at(-1)! < '2026-10-31').toBe(true);
  });
});
