import type { GoalInput } from '@coalition/contracts';
import { goalHasContributions, goalNotInCampaign } from './campaigns.errors';
import type { GoalUsage } from './campaigns.repository';

export interface GoalPlan {
  update: { id: string; label: string; unit: string; target: number; position: number }[];
  insert: { label: string; unit: string; target: number; position: number }[];
  remove: string[];
}

/**
 * How to turn the campaign's goals into the list sent: goals sent with their id are kept
 * (so their contributions stay), goals without one are new, goals left out go — unless
 * they have contributions, which would silently vanish from the campaign's progress.
 */
export function planGoals(existing: GoalUsage[], sent: GoalInput[]): GoalPlan {
  const known = new Map(existing.map((g) => [g.id, g]));
  const plan: GoalPlan = { update: [], insert: [], remove: [] };
  sent.forEach(({ id, label, unit, target }, position) => {
    if (id === undefined) plan.insert.push({ label, unit, target, position });
    else if (known.has(id)) plan.update.push({ id, label, unit, target, position });
    else throw goalNotInCampaign(position, id);
  });
  const kept = new Set(plan.update.map((g) => g.id));
  for (const goal of existing) {
    if (kept.has(goal.id)) continue;
    if (goal.contributions > 0) throw goalHasContributions(goal.label, goal.contributions);
    plan.remove.push(goal.id);
  }
  return plan;
}
