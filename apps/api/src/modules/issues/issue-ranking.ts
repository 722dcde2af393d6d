/**
 * Why a requested order of a tier cannot be applied, or undefined when it can: the request
 * must list every issue the tier holds (not archived), each once, and nothing else, so a
 * reorder never silently drops or duplicates a priority.
 */
export function reorderProblem(
  tier: number,
  current: readonly string[],
  requested: readonly string[],
): string | undefined {
  const inTier = new Set(current);
  const asked = new Set(requested);
  const missing = current.filter((id) => !asked.has(id));
  const foreign = requested.filter((id) => !inTier.has(id));
  const repeated = asked.size !== requested.length;
  if (!missing.length && !foreign.length && !repeated) return undefined;
  const parts = [`must list exactly the ${current.length} issue(s) of tier ${tier}, each once`];
  if (missing.length) parts.push(`missing ${missing.join(', ')}`);
  if (foreign.length) parts.push(`not in tier ${tier}: ${foreign.join(', ')}`);
  if (repeated) parts.push('an issue is listed twice');
  return parts.join('; ');
}
