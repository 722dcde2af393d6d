import { organizationListQuerySchema } from './organization.schemas';

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
});
