import { type FilterConditionInput, type SegmentFilterInput, segmentFilterSchema } from '@coalition/contracts';
import { compileFilter, levelsAtLeast } from './filter-compiler';

const ISSUE_A = '6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00';
const ISSUE_B = '0b8a3c0e-2f55-4d7e-8b9b-5b2a3e1f9c11';
const CAMPAIGN = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

function tree(op: 'and' | 'or', ...children: SegmentFilterInput['children']): SegmentFilterInput {
  return { type: 'group', op, children };
}

/** Parses like the API does, then compiles. */
function compile(input: SegmentFilterInput, firstParam?: number) {
  return compileFilter(segmentFilterSchema.parse(input), firstParam);
}

function one(condition: FilterConditionInput) {
  return compile(tree('and', condition));
}

/** SQL with whitespace collapsed, for readable expectations. */
const flat = (sql: string) => sql.replace(/\s+/g, ' ').trim();

describe('compileFilter', () => {
  describe('organization conditions, over the pair\'s organization', () => {
    it.each([
      ['organization.kind', { values: ['health_center'] }, '((o.kind = ANY($1::text[])))', [['health_center']]],
      ['organization.status', { values: ['active', 'lapsed'] }, '((o.membership_status = ANY($1::text[])))', [['active', 'lapsed']]],
      [
        'organization.county',
        { values: ['Worcester'] },
        '((o.city IN (SELECT mu.name FROM municipality mu WHERE mu.county = ANY($1::text[]))))',
        [['Worcester']],
      ],
      ['organization.city', { values: ['Chelsea'] }, '((o.city = ANY($1::text[])))', [['Chelsea']]],
      ['organization.tag', { values: ['ally'] }, '((o.tags && $1::text[]))', [['ally']]],
      ['organization.language', { values: ['ht'] }, '((o.languages && $1::text[]))', [['ht']]],
    ] as const)('%s', (field, operands, sql, params) => {
      const compiled = one({ type: 'condition', field, ...operands } as unknown as FilterConditionInput);
      expect(flat(compiled.where)).toBe(sql);
      expect(compiled.params).toEqual(params);
    });

    it('interest in any of several issues at a minimum level', () => {
      const compiled = one({ type: 'condition', field: 'organization.interest', issueIds: [ISSUE_A, ISSUE_B], minLevel: 'active' });
      expect(flat(compiled.where)).toBe(
        '((EXISTS (SELECT 1 FROM interest i WHERE i.organization_id = o.id AND i.issue_id = ANY($2::uuid[]) AND i.level = ANY($1::text[]))))',
      );
      expect(compiled.params).toEqual([['active', 'leading'], [ISSUE_A, ISSUE_B]]);
    });

    it('interest in all of several issues: no listed issue without a qualifying interest', () => {
      const compiled = one({ type: 'condition', field: 'organization.interest', issueIds: [ISSUE_A, ISSUE_B], match: 'all' });
      expect(flat(compiled.where)).toBe(
        '((NOT EXISTS (SELECT 1 FROM unnest($2::uuid[]) AS wanted(issue_id) WHERE NOT EXISTS ( SELECT 1 FROM interest i WHERE i.organization_id = o.id AND i.issue_id = wanted.issue_id AND i.level = ANY($1::text[])))))',
      );
      expect(compiled.params).toEqual([['interested', 'active', 'leading'], [ISSUE_A, ISSUE_B]]);
    });

    it('issue tier: an interest at the level in any current issue of the tiers', () => {
      const compiled = one({ type: 'condition', field: 'organization.issueTier', tiers: [1, 2], minLevel: 'leading' });
      expect(flat(compiled.where)).toBe(
        '((EXISTS (SELECT 1 FROM interest i JOIN issue s ON s.id = i.issue_id AND s.archived_at IS NULL WHERE i.organization_id = o.id AND s.tier = ANY($1::int[]) AND i.level = ANY($2::text[]))))',
      );
      expect(compiled.params).toEqual([[1, 2], ['leading']]);
    });

    it('campaign participation, with and without roles', () => {
      const anyRole = one({ type: 'condition', field: 'organization.campaign', campaignIds: [CAMPAIGN] });
      expect(flat(anyRole.where)).toBe(
        '((EXISTS (SELECT 1 FROM participation pa WHERE pa.organization_id = o.id AND pa.campaign_id = ANY($1::uuid[]))))',
      );
      const leads = one({ type: 'condition', field: 'organization.campaign', campaignIds: [CAMPAIGN], roles: ['lead_partner'] });
      expect(flat(leads.where)).toContain('pa.campaign_id = ANY($2::uuid[]) AND pa.role = ANY($1::text[])');
      expect(leads.params).toEqual([['lead_partner'], [CAMPAIGN]]);
    });

    it('dues status: fixed expressions, no parameters', () => {
      const compiled = one({ type: 'condition', field: 'organization.dues', values: ['overdue', 'none'] });
      expect(flat(compiled.where)).toBe(
        '((((o.annual_dues_cents > 0 AND (o.dues_paid_through IS NULL OR o.dues_paid_through < current_date)) OR (o.annual_dues_cents IS NULL OR o.annual_dues_cents = 0))))',
      );
      expect(compiled.params).toEqual([]);
    });
  });

  describe('contact conditions, over the pair\'s contact', () => {
    it.each([
      ['contact.language', { values: ['es', 'pt'] }, '((c.languages && $1::text[]))', [['es', 'pt']]],
      ['contact.tag', { values: ['volunteer'] }, '((c.tags && $1::text[]))', [['volunteer']]],
      [
        'contact.role',
        { values: ['executive_director'] },
        '((EXISTS (SELECT 1 FROM affiliation ra WHERE ra.contact_id = c.id AND ra.organization_id = o.id AND ra.ended_on IS NULL AND ra.role = ANY($1::text[]))))',
        [['executive_director']],
      ],
      ['contact.consent', { channels: ['phone', 'sms'] }, '(((c.consent_phone_granted = true AND c.consent_sms_granted = true)))', []],
      ['contact.hasEmail', { value: true }, '((EXISTS (SELECT 1 FROM contact_email ce WHERE ce.contact_id = c.id)))', []],
      ['contact.hasEmail', { value: false }, '((NOT EXISTS (SELECT 1 FROM contact_email ce WHERE ce.contact_id = c.id)))', []],
      ['contact.hasPhone', { value: true }, '((EXISTS (SELECT 1 FROM contact_phone cp WHERE cp.contact_id = c.id)))', []],
    ] as const)('%s %j', (field, operands, sql, params) => {
      const compiled = one({ type: 'condition', field, ...operands } as unknown as FilterConditionInput);
      expect(flat(compiled.where)).toBe(sql);
      expect(compiled.params).toEqual(params);
    });
  });

  describe('last meeting attended, as the triggers keep it per organization and person', () => {
    const attended = (type: string, id: string) =>
      `FROM last_meeting_attended la WHERE la.subject_type = '${type}' AND la.subject_id = ${id}`;

    it.each([
      ['organization.lastMeeting', 'organization', 'o.id'],
      ['contact.lastMeeting', 'contact', 'c.id'],
    ] as const)('%s: after, before, between and never', (field, type, id) => {
      const after = one({ type: 'condition', field, after: '2026-01-01' });
      expect(flat(after.where)).toBe(`((EXISTS (SELECT 1 ${attended(type, id)} AND la.attended_on >= $1::date)))`);
      expect(after.params).toEqual(['2026-01-01']);

      const before = one({ type: 'condition', field, before: '2025-06-30' });
      expect(flat(before.where)).toBe(`((EXISTS (SELECT 1 ${attended(type, id)} AND la.attended_on <= $1::date)))`);
      expect(before.params).toEqual(['2025-06-30']);

      const between = one({ type: 'condition', field, after: '2025-01-01', before: '2025-12-31' });
      expect(flat(between.where)).toBe(`((EXISTS (SELECT 1 ${attended(type, id)} AND la.attended_on BETWEEN $1::date AND $2::date)))`);
      expect(between.params).toEqual(['2025-01-01', '2025-12-31']);

      const never = one({ type: 'condition', field, never: true });
      expect(flat(never.where)).toBe(`((NOT EXISTS (SELECT 1 ${attended(type, id)})))`);
      expect(never.params).toEqual([]);
    });

    it('numbers its parameters after the ones before it', () => {
      const compiled = compile(
        tree(
          'and',
          { type: 'condition', field: 'organization.kind', values: ['school'] },
          { type: 'condition', field: 'contact.lastMeeting', after: '2025-01-01', before: '2025-12-31' },
        ),
      );
      expect(compiled.where).toContain('BETWEEN $2::date AND $3::date');
      expect(compiled.params).toEqual([['school'], '2025-01-01', '2025-12-31']);
    });

    it('refuses what is not a date, and keeps even an unchecked value a parameter', () => {
      const attack = "2026-01-01'); DROP TABLE contact; --";
      expect(() => one({ type: 'condition', field: 'organization.lastMeeting', after: attack })).toThrow('must be a date as YYYY-MM-DD');
      // Past the schema (it never is), the value would still only be a parameter.
      const unchecked = compileFilter({ type: 'group', op: 'and', children: [{ type: 'condition', field: 'contact.lastMeeting', before: attack }] });
      expect(unchecked.where).not.toContain('DROP');
      expect(unchecked.params).toEqual([attack]);
    });

    it.each([
      [{}, '', 'needs after, before (dates), or never: true'],
      [{ never: true, after: '2026-01-01' }, 'never', 'cannot be combined with after or before'],
      [{ after: '2026-02-01', before: '2026-01-31' }, 'before', 'must not be earlier than after'],
      [{ never: false }, 'never', 'must be true (leave it out otherwise)'],
    ])('refuses %j, naming the operand', (operands, operand, message) => {
      const parsed = segmentFilterSchema.safeParse(tree('and', { type: 'condition', field: 'contact.lastMeeting', ...operands } as FilterConditionInput));
      expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
        [operand ? `children.0.${operand}` : 'children.0', message],
      ]);
    });

    it('takes a single day as after and before alike', () => {
      expect(one({ type: 'condition', field: 'contact.lastMeeting', after: '2026-01-01', before: '2026-01-01' }).params).toEqual(['2026-01-01', '2026-01-01']);
    });
  });

  describe('engagement band, on the current score of the pair\'s side', () => {
    it.each([
      ['organization.engagementBand', 'organization', 'o.id'],
      ['contact.engagementBand', 'contact', 'c.id'],
    ] as const)('%s', (field, subjectType, subjectId) => {
      const compiled = one({ type: 'condition', field, values: ['core', 'active'] });
      expect(flat(compiled.where)).toBe(
        `((EXISTS (SELECT 1 FROM engagement_score es WHERE es.subject_type = '${subjectType}' AND es.subject_id = ${subjectId} AND es.band = ANY($1::text[]))))`,
      );
      expect(compiled.params).toEqual([['core', 'active']]);
    });

    it('refuses a band that does not exist, naming the value', () => {
      const parsed = segmentFilterSchema.safeParse(
        tree('and', { type: 'condition', field: 'contact.engagementBand', values: ['keen'] } as unknown as FilterConditionInput),
      );
      expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['children.0.values.0']);
    });
  });

  it('nests groups with their operators and numbers parameters in order', () => {
    const compiled = compile(
      tree(
        'and',
        { type: 'condition', field: 'organization.kind', values: ['school'] },
        tree(
          'or',
          { type: 'condition', field: 'contact.language', values: ['es'] },
          tree('and', { type: 'condition', field: 'organization.tag', values: ['ally'] }, { type: 'condition', field: 'contact.tag', values: ['leader'] }),
        ),
      ),
    );
    expect(flat(compiled.where)).toBe(
      '((o.kind = ANY($1::text[])) AND ((c.languages && $2::text[]) OR ((o.tags && $3::text[]) AND (c.tags && $4::text[]))))',
    );
    expect(compiled.params).toEqual([['school'], ['es'], ['ally'], ['leader']]);
  });

  describe('the kinds of pairs a tree can select', () => {
    const branches = (input: SegmentFilterInput) => {
      const pairs = flat(compile(input).pairs);
      return {
        affiliated: pairs.includes('FROM affiliation a'),
        organizationAlone: pairs.includes('SELECT o.id, NULL::uuid'),
        contactAlone: pairs.includes('SELECT NULL::uuid, c.id'),
      };
    };
    const kind: FilterConditionInput = { type: 'condition', field: 'organization.kind', values: ['school'] };
    const language: FilterConditionInput = { type: 'condition', field: 'contact.language', values: ['es'] };

    it('an organization condition selects affiliated pairs and organizations with no one', () => {
      expect(branches(tree('and', kind))).toEqual({ affiliated: true, organizationAlone: true, contactAlone: false });
    });

    it('a person condition selects affiliated pairs and people affiliated nowhere', () => {
      expect(branches(tree('and', language))).toEqual({ affiliated: true, organizationAlone: false, contactAlone: true });
    });

    it('both sides ANDed need a pair with both; ORed, any kind of pair', () => {
      expect(branches(tree('and', kind, language))).toEqual({ affiliated: true, organizationAlone: false, contactAlone: false });
      expect(branches(tree('or', kind, language))).toEqual({ affiliated: true, organizationAlone: true, contactAlone: true });
    });

    it("a role is held at the pair's organization: only affiliated pairs", () => {
      const role: FilterConditionInput = { type: 'condition', field: 'contact.role', values: ['board'] };
      expect(branches(tree('or', role))).toEqual({ affiliated: true, organizationAlone: false, contactAlone: false });
    });

    it('compiles each condition once, its parameters shared by every kind of pair', () => {
      const compiled = compile(tree('or', kind, language));
      expect(compiled.params).toEqual([['school'], ['es']]);
      expect(flat(compiled.pairs)).toContain('AND ((o.kind = ANY($1::text[])))');
      expect(flat(compiled.pairs)).toContain('AND ((c.languages && $2::text[]))');
    });
  });

  it('starts numbering after the parameters the caller already has', () => {
    const compiled = compile(tree('and', { type: 'condition', field: 'organization.kind', values: ['school'] }), 3);
    expect(compiled.where).toContain('$3::text[]');
  });

  it('keeps injection attempts in parameters, never in the SQL text', () => {
    const attacks = ["'); DROP TABLE contact; --", "x' OR '1'='1", '$9 OR true', 'ally"; DELETE FROM organization; --'];
    const compiled = compile(
      tree(
        'or',
        { type: 'condition', field: 'organization.tag', values: attacks },
        { type: 'condition', field: 'contact.tag', values: attacks },
      ),
    );
    for (const attack of attacks) expect(compiled.where).not.toContain(attack);
    expect(compiled.where).not.toMatch(/DROP|DELETE|'/);
    expect(compiled.params).toEqual([attacks, attacks]);
  });

  it('lists the interest levels at or above a minimum', () => {
    expect(levelsAtLeast('interested')).toEqual(['interested', 'active', 'leading']);
    expect(levelsAtLeast('leading')).toEqual(['leading']);
  });
});
