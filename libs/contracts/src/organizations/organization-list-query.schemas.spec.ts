import { organizationListQuerySchema } from './organization-list-query.schemas';

const ISSUE = '6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00';
const CAMPAIGN = '0b8e2a52-6a51-4d0c-9a36-5f3e1c7d2b11';

/** The messages the API would answer with, by parameter. */
function errorsOf(query: Record<string, unknown>): Record<string, string> {
  const result = organizationListQuerySchema.safeParse(query);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe('organizationListQuerySchema', () => {
  it('fills defaults for an empty query', () => {
    expect(organizationListQuerySchema.parse({})).toEqual({ page: 1, pageSize: 25, sort: 'name' });
  });

  it('accepts repeated and comma-separated filters alike', () => {
    const repeated = organizationListQuerySchema.parse({ county: ['Suffolk', 'Essex'] });
    const comma = organizationListQuerySchema.parse({ county: 'Suffolk,Essex' });
    expect(repeated.county).toEqual(['Suffolk', 'Essex']);
    expect(comma.county).toEqual(repeated.county);
  });

  it('treats a blank search as no search and trims the rest', () => {
    expect(organizationListQuerySchema.parse({ q: '   ' }).q).toBeUndefined();
    expect(organizationListQuerySchema.parse({ q: '  casa ' }).q).toBe('casa');
  });

  it('refuses unknown keys, oversized pages and unknown sorts', () => {
    expect(organizationListQuerySchema.safeParse({ nope: '1' }).success).toBe(false);
    expect(organizationListQuerySchema.safeParse({ pageSize: '101' }).success).toBe(false);
    expect(organizationListQuerySchema.safeParse({ sort: 'id' }).success).toBe(false);
    expect(organizationListQuerySchema.safeParse({ sort: '-joinedOn' }).success).toBe(true);
  });

  it('reads issue, level, campaign, role, tag and language filters', () => {
    expect(
      organizationListQuerySchema.parse({
        issueId: ISSUE,
        minLevel: 'active',
        campaignId: [CAMPAIGN],
        role: 'lead_partner,funder',
        tag: [' housing ', 'esol'],
        language: 'es,kea',
      }),
    ).toMatchObject({
      issueId: [ISSUE],
      minLevel: 'active',
      campaignId: [CAMPAIGN],
      role: ['lead_partner', 'funder'],
      tag: ['housing', 'esol'],
      language: ['es', 'kea'],
    });
  });

  it('leaves the level out unless asked, so links stay short (the API reads it as interested)', () => {
    expect(organizationListQuerySchema.parse({ issueId: ISSUE }).minLevel).toBeUndefined();
  });

  it('names the parameter of a malformed id, an unknown level, role or language', () => {
    expect(errorsOf({ issueId: 'not-a-uuid' })).toEqual({ issueId: 'must be a UUID' });
    expect(errorsOf({ campaignId: `${CAMPAIGN},x` })).toEqual({ campaignId: 'must be a UUID' });
    expect(errorsOf({ issueId: ISSUE, minLevel: 'loud' }).minLevel).toMatch(
      'must be one of: interested, active, leading',
    );
    expect(errorsOf({ campaignId: CAMPAIGN, role: 'boss' }).role).toMatch('must be one of');
    expect(errorsOf({ language: 'klingon' }).language).toMatch('must be one of: en, es');
    expect(errorsOf({ tag: 'x'.repeat(41) }).tag).toBe('must be at most 40 characters');
  });

  it('refuses a level without an issue and a role without a campaign', () => {
    expect(errorsOf({ minLevel: 'leading' })).toEqual({
      minLevel: 'applies only together with issueId',
    });
    expect(errorsOf({ role: 'funder' })).toEqual({ role: 'applies only together with campaignId' });
  });
});
