import { FILTER_MAX_DEPTH } from '@coalition/contracts';
import { describe, expect, it } from 'vitest';
import {
  type DraftCondition,
  type DraftGroup,
  draftOf,
  newCondition,
  newGroup,
  withField,
} from './filter-model';
import { apiFilterProblems, checkDraft } from './filter-problems';

/** "Spanish speakers, and (leading on an issue or in a tier-1 campaign)". */
function buildDraft(): DraftGroup {
  return draftOf({
    type: 'group',
    op: 'and',
    children: [
      { type: 'condition', field: 'contact.language', values: ['es'] },
      {
        type: 'group',
        op: 'or',
        children: [
          {
            type: 'condition',
            field: 'organization.interest',
            issueIds: ['00000000-0000-4000-8000-000000000001'],
            match: 'any',
            minLevel: 'leading',
          },
          {
            type: 'condition',
            field: 'organization.campaign',
            campaignIds: ['00000000-0000-4000-8000-000000000002'],
          },
        ],
      },
    ],
  });
}

describe('checking a filter being built', () => {
  it('hands back the contract’s tree when every row is complete', () => {
    const check = checkDraft(buildDraft());
    expect(check.state).toBe('valid');
    if (check.state !== 'valid') return;
    expect(check.filter.children[1]).toEqual({
      type: 'group',
      op: 'or',
      children: [
        expect.objectContaining({ field: 'organization.interest', minLevel: 'leading' }),
        // "In any role" is an empty list in the builder and no operand at all in the tree.
        {
          type: 'condition',
          field: 'organization.campaign',
          campaignIds: ['00000000-0000-4000-8000-000000000002'],
        },
      ],
    });
  });

  it('puts the API’s refusal on the node its path names', () => {
    const draft = buildDraft();
    const inner = draft.children[1] as DraftGroup;

    const problems = apiFilterProblems(draft, [
      {
        path: 'filter.children.1.children.0.minLevel',
        message: 'must be one of: interested, active, leading',
      },
      { path: 'name', message: 'is not about the filter' },
    ]);

    expect([...problems]).toEqual([
      [inner.children[0].key, 'Lowest level must be one of: interested, active, leading'],
    ]);
  });

  it('names an empty group, a row without a field and one without values', () => {
    const noField = newCondition();
    const noValues = withField(newCondition(), 'organization.county');
    const empty = newGroup('or', []);
    const check = checkDraft(newGroup('and', [noField, noValues, empty]));

    expect(check.state).toBe('incomplete');
    if (check.state !== 'incomplete') return;
    expect(check.problems.get(noField.key)).toBe('Choose what this condition is about.');
    expect(check.problems.get(noValues.key)).toBe('Choose at least one of the counties.');
    expect(check.problems.get(empty.key)).toMatch(/This group is empty/);
  });

  it('reads a saved last-meeting condition back in its mode, and sends only that mode’s days', () => {
    const draft = draftOf({
      type: 'group',
      op: 'and',
      children: [{ type: 'condition', field: 'contact.lastMeeting', before: '2025-06-30' }],
    });
    const row = draft.children[0] as DraftCondition;
    expect(checkDraft(draft)).toMatchObject({
      state: 'valid',
      filter: { children: [{ field: 'contact.lastMeeting', before: '2025-06-30' }] },
    });

    // Switched to "on or after": the earlier day stays in the row but is not sent.
    row.operands = { ...row.operands, when: 'after', after: '2025-01-01' };
    expect(checkDraft(draft)).toMatchObject({
      state: 'valid',
      filter: {
        children: [{ type: 'condition', field: 'contact.lastMeeting', after: '2025-01-01' }],
      },
    });
    row.operands = { ...row.operands, when: 'between', after: '2025-07-01' };
    expect(checkDraft(draft)).toMatchObject({
      state: 'incomplete',
      problems: new Map([[row.key, 'The first day must not be later than the last.']]),
    });
  });

  it('refuses groups nested deeper than the API allows, on the group too deep', () => {
    let deepest = newGroup('and', [withField(newCondition(), 'contact.hasEmail')]);
    const tooDeep = deepest;
    for (let depth = FILTER_MAX_DEPTH; depth > 1; depth -= 1) deepest = newGroup('and', [deepest]);
    const root = newGroup('and', [deepest]);

    const check = checkDraft(root);

    expect(check.state).toBe('incomplete');
    if (check.state !== 'incomplete') return;
    expect(check.problems.get(tooDeep.key)).toMatch(/nests groups more than 5 levels deep/i);
  });
});
