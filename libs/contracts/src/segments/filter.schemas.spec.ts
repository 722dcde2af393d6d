import { FILTER_MAX_CONDITIONS, measureFilter, segmentFilterSchema } from './filter.schemas';

const ISSUE = '6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00';
const kind = { type: 'condition', field: 'organization.kind', values: ['health_center'] };
const and = (...children: unknown[]) => ({ type: 'group', op: 'and', children });

function pathsOf(input: unknown): string[] {
  const result = segmentFilterSchema.safeParse(input);
  return result.error?.issues.map((i) => i.path.join('.')) ?? [];
}

describe('segmentFilterSchema', () => {
  it('accepts the organizers\' example and fills in defaults', () => {
    const filter = segmentFilterSchema.parse(
      and(
        { type: 'condition', field: 'organization.kind', values: ['health_center', 'community_group'] },
        { type: 'condition', field: 'organization.status', values: ['active'] },
        { type: 'condition', field: 'organization.county', values: ['Worcester', 'Hampden'] },
        { type: 'condition', field: 'organization.interest', issueIds: [ISSUE], minLevel: 'active' },
        { type: 'condition', field: 'contact.language', values: ['es', 'pt'] },
        { type: 'condition', field: 'contact.consent', channels: ['phone'] },
      ),
    );
    expect(filter.children[3]).toEqual({
      type: 'condition',
      field: 'organization.interest',
      issueIds: [ISSUE],
      match: 'any',
      minLevel: 'active',
    });
  });

  it('points at the bad node of a nested tree', () => {
    const tree = and(kind, {
      type: 'group',
      op: 'or',
      children: [{ type: 'condition', field: 'organization.interest', issueIds: [ISSUE], minLevel: 'huge' }],
    });
    expect(pathsOf(tree)).toEqual(['children.1.children.0.minLevel']);
  });

  it('names an unknown field, an unknown node type and an operand the field does not take', () => {
    expect(pathsOf(and({ type: 'condition', field: 'contact.immigrationStatus', values: ['x'] }))).toEqual([
      'children.0.field',
    ]);
    expect(pathsOf(and({ type: 'rule' }))).toEqual(['children.0.type']);
    const extra = segmentFilterSchema.safeParse(and({ ...kind, minLevel: 'active' }));
    expect(extra.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', path: ['children', 0], keys: ['minLevel'] });
  });

  it('refuses empty groups and empty value lists', () => {
    expect(pathsOf(and())).toEqual(['children']);
    expect(pathsOf(and({ type: 'condition', field: 'organization.kind', values: [] }))).toEqual(['children.0.values']);
  });

  it('checks values against the shared lists (counties, cities, languages, tiers)', () => {
    expect(pathsOf(and({ type: 'condition', field: 'organization.county', values: ['Cook'] }))).toEqual(['children.0.values.0']);
    expect(pathsOf(and({ type: 'condition', field: 'organization.city', values: ['Worcester', 'Springfeld'] }))).toEqual([
      'children.0.values.1',
    ]);
    expect(pathsOf(and({ type: 'condition', field: 'contact.language', values: ['xx'] }))).toEqual(['children.0.values.0']);
    expect(pathsOf(and({ type: 'condition', field: 'organization.issueTier', tiers: [4] }))).toEqual(['children.0.tiers.0']);
    expect(pathsOf(and({ type: 'condition', field: 'contact.hasEmail', value: 'yes' }))).toEqual(['children.0.value']);
  });

  it('allows groups five levels deep, not six, and names the group too deep', () => {
    const nest = (levels: number): unknown => (levels === 1 ? and(kind) : and(nest(levels - 1)));
    expect(segmentFilterSchema.safeParse(nest(5)).success).toBe(true);
    expect(pathsOf(nest(6))).toEqual(['children.0.children.0.children.0.children.0.children.0']);
  });

  it(`allows at most ${FILTER_MAX_CONDITIONS} conditions`, () => {
    const many = (n: number) => and(...Array.from({ length: n }, () => kind));
    expect(segmentFilterSchema.safeParse(many(FILTER_MAX_CONDITIONS)).success).toBe(true);
    expect(segmentFilterSchema.safeParse(many(FILTER_MAX_CONDITIONS + 1)).error?.issues[0]?.message).toMatch(
      /at most 50/,
    );
  });

  it('measures depth and conditions', () => {
    expect(measureFilter(segmentFilterSchema.parse(and(kind, and(kind, kind))))).toEqual({ depth: 2, conditions: 3 });
  });
});
