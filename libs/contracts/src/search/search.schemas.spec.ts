import { searchQuerySchema } from './search.schemas';

describe('searchQuerySchema', () => {
  it('trims the search and asks for five of each kind by default', () => {
    expect(searchQuerySchema.parse({ q: '  casa ' })).toEqual({ q: 'casa', limit: 5 });
  });

  it('reads the limit from a query string, up to ten', () => {
    expect(searchQuerySchema.parse({ q: 'casa', limit: '10' }).limit).toBe(10);
    expect(searchQuerySchema.safeParse({ q: 'casa', limit: '11' }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ q: 'casa', limit: '0' }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ q: 'casa', limit: '2.5' }).success).toBe(false);
  });

  it('requires a search of 1 to 100 characters', () => {
    const missing = searchQuerySchema.safeParse({});
    expect(missing.error?.issues[0]?.message).toBe('is required');
    expect(searchQuerySchema.safeParse({ q: '   ' }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ q: 'x'.repeat(100) }).success).toBe(true);
    expect(searchQuerySchema.safeParse({ q: 'x'.repeat(101) }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ q: ['a', 'b'] }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ q: 'a\u0000b' }).success).toBe(false);
  });

  it('refuses unknown parameters', () => {
    expect(searchQuerySchema.safeParse({ q: 'casa', page: '2' }).success).toBe(false);
  });
});
