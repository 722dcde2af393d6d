import type { GoalProgress, GoalSeries } from '@coalition/contracts';
import type { MonthlyAmount } from './campaigns.repository';

/** Every month from `first` to `last` inclusive, as 'YYYY-MM'. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
  while (year * 12 + month <= end) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * One series per goal, each over the same months (the campaign's first to last month with a
 * contribution), months without contributions at zero, so a chart can stack or overlay them.
 */
export function buildContributionSeries(
  goals: GoalProgress[],
  monthly: MonthlyAmount[],
): GoalSeries[] {
  const sorted = monthly.map((m) => m.month).sort();
  const months = sorted.length ? monthRange(sorted[0], sorted[sorted.length - 1]) : [];
  const amounts = new Map<string, number>();
  for (const m of monthly)
    amounts.set(`${m.goalId}|${m.month}`, (amounts.get(`${m.goalId}|${m.month}`) ?? 0) + m.amount);
  return goals.map((goal) => {
    let cumulative = 0;
    const points = months.map((month) => {
      const amount = amounts.get(`${goal.goalId}|${month}`) ?? 0;
      cumulative += amount;
      return { month, amount, cumulative };
    });
    return { goalId: goal.goalId, label: goal.label, unit: goal.unit, target: goal.target, points };
  });
}
