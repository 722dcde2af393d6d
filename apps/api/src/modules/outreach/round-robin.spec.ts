import { roundRobin, uniqueInOrder } from './round-robin';

const shares = (assigned: { assigneeId: string }[]) =>
  assigned.reduce<Record<string, number>>((counts, { assigneeId }) => ({ ...counts, [assigneeId]: (counts[assigneeId] ?? 0) + 1 }), {});

describe('roundRobin', () => {
  it('deals in turn, in the given order: 5 targets for 2 organizers are 3 and 2', () => {
    const assigned = roundRobin(['Alves', 'Brown', 'Costa', 'Diaz', 'Ruiz'], ['ana', 'ben']);
    expect(assigned.map((a) => `${a.item}:${a.assigneeId}`)).toEqual([
      'Alves:ana',
      'Brown:ben',
      'Costa:ana',
      'Diaz:ben',
      'Ruiz:ana',
    ]);
    expect(shares(assigned)).toEqual({ ana: 3, ben: 2 });
  });

  it('never lets two shares differ by more than one', () => {
    for (let items = 0; items <= 40; items += 1) {
      for (let organizers = 1; organizers <= 7; organizers += 1) {
        const names = Array.from({ length: organizers }, (_, i) => `o${i}`);
        const counts = Object.values(shares(roundRobin(Array.from({ length: items }, (_, i) => i), names)));
        if (items === 0) continue;
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(items);
      }
    }
  });

  it('gives nobody anything when there is nothing to deal, and refuses an empty table', () => {
    expect(roundRobin([], ['ana'])).toEqual([]);
    expect(() => roundRobin(['x'], [])).toThrow(/at least one organizer/);
  });
});

describe('uniqueInOrder', () => {
  it('keeps the first of each id in order', () => {
    expect(uniqueInOrder(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
  });
});
