/** The ids in their first-seen order, each once (a repeated organizer must not get a double share). */
export function uniqueInOrder(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/**
 * Deals `items` (already in the order to deal them, e.g. by contact name) to `organizers` in
 * turn, like cards: the first organizer gets items 1, n+1, 2n+1..., so shares differ by at most
 * one and the earlier organizers get the extra ones (5 targets for 2 organizers: 3 and 2).
 */
export function roundRobin<T>(items: readonly T[], organizers: readonly string[]): { item: T; assigneeId: string }[] {
  if (organizers.length === 0) throw new Error('roundRobin needs at least one organizer');
  return items.map((item, index) => ({ item, assigneeId: organizers[index % organizers.length] }));
}
