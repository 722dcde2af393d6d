import { reorderProblem } from './issue-ranking';

describe('reorderProblem', () => {
  const tier = ['a', 'b', 'c'];

  it('accepts any permutation of the tier', () => {
    expect(reorderProblem(1, tier, ['c', 'a', 'b'])).toBeUndefined();
    expect(reorderProblem(1, tier, tier)).toBeUndefined();
  });

  it('names the issues left out', () => {
    expect(reorderProblem(2, tier, ['a', 'c'])).toBe(
      'must list exactly the 3 issue(s) of tier 2, each once; missing b',
    );
  });

  it('names issues that are not in the tier', () => {
    expect(reorderProblem(1, tier, ['a', 'b', 'c', 'z'])).toBe(
      'must list exactly the 3 issue(s) of tier 1, each once; not in tier 1: z',
    );
  });

  it('refuses an issue listed twice even when all are present', () => {
    expect(reorderProblem(1, tier, ['a', 'b', 'c', 'a'])).toContain('an issue is listed twice');
  });

  it('refuses any list for an empty tier', () => {
    expect(reorderProblem(3, [], ['a'])).toContain('must list exactly the 0 issue(s) of tier 3');
  });
});
