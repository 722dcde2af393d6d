import type { GoalProgress } from '@coalition/contracts';
import { buildContributionSeries, monthRange } from './campaign-progress';

const goal = (goalId: string, target = 100): GoalProgress => ({
  goalId,
  label: `Goal ${goalId}`,
  unit: 'people',
  target,
  achieved: 0,
  percent: 0,
});

describe('monthRange', () => {
  it('lists every month across a year boundary', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('answers one month when first and last agree', () => {
    expect(monthRange('2026-07', '2026-07')).toEqual(['2026-07']);
  });
});

describe('buildContributionSeries', () => {
  it('accumulates per goal over the same months, with gaps at zero', () => {
    const series = buildContributionSeries(
      [goal('voters', 1500), goal('events', 40)],
      [
        { goalId: 'events', month: '2026-05', amount: 3 },
        { goalId: 'voters', month: '2026-06', amount: 420 },
        { goalId: 'voters', month: '2026-08', amount: 1100 },
      ],
    );
    expect(series).toEqual([
      {
        goalId: 'voters',
        label: 'Goal voters',
        unit: 'people',
        target: 1500,
        points: [
          { month: '2026-05', amount: 0, cumulative: 0 },
          { month: '2026-06', amount: 420, cumulative: 420 },
          { month: '2026-07', amount: 0, cumulative: 420 },
          { month: '2026-08', amount: 1100, cumulative: 1520 },
        ],
      },
      {
        goalId: 'events',
        label: 'Goal events',
        unit: 'people',
        target: 40,
        points: [
          { month: '2026-05', amount: 3, cumulative: 3 },
          { month: '2026-06', amount: 0, cumulative: 3 },
          { month: '2026-07', amount: 0, cumulative: 3 },
          { month: '2026-08', amount: 0, cumulative: 3 },
        ],
      },
    ]);
  });

  it('ends every series at the sum of its goal’s contributions', () => {
    const monthly = [
      { goalId: 'a', month: '2024-12', amount: 7 },
      { goalId: 'a', month: '2025-03', amount: 5 },
      { goalId: 'b', month: '2025-01', amount: 2 },
    ];
    const [a, b] = buildContributionSeries([goal('a'), goal('b')], monthly);
    expect(a.points.at(-1)?.cumulative).toBe(12);
    expect(b.points.at(-1)?.cumulative).toBe(2);
    expect(a.points.map((p) => p.month)).toEqual(['2024-12', '2025-01', '2025-02', '2025-03']);
  });

  it('answers empty series when nothing was contributed', () => {
    expect(buildContributionSeries([goal('a')], [])).toEqual([
      { goalId: 'a', label: 'Goal a', unit: 'people', target: 100, points: [] },
    ]);
  });
});
