import { billNumberField } from './bill.schemas';
import {
  isLegislativeSession,
  issueListQuerySchema,
  reorderIssuesSchema,
  sessionField,
} from './issue.schemas';

describe('legislative sessions', () => {
  it.each(['2025-2026', '2023-2024', '1999-2000'])('accepts %s', (session) => {
    expect(isLegislativeSession(session)).toBe(true);
    expect(sessionField.parse(` ${session} `)).toBe(session);
  });

  it.each([
    '2025-2027',
    '2026-2025',
    '2025-2025',
    '2025',
    '25-26',
    '2025/2026',
    '0999-1000',
    '2025-2026x',
  ])('refuses %s', (session) => {
    expect(isLegislativeSession(session)).toBe(false);
    expect(sessionField.safeParse(session).success).toBe(false);
  });

  it('explains what a session looks like', () => {
    expect(sessionField.safeParse('2025-2027').error?.issues[0].message).toBe(
      'must span two consecutive years, such as 2025-2026',
    );
    expect(sessionField.safeParse('next').error?.issues[0].message).toBe(
      'must be a legislative session such as 2025-2026',
    );
  });
});

describe('bill numbers', () => {
  it('accepts House and Senate numbers, trimmed and upper-cased', () => {
    expect(billNumberField.parse('H.1234')).toBe('H.1234');
    expect(billNumberField.parse(' s.567 ')).toBe('S.567');
  });

  it.each(['H1234', 'X.12', 'H.123456', 'H.', 'HS.12', 'H.12a'])('refuses %s', (number) => {
    expect(billNumberField.safeParse(number).success).toBe(false);
  });
});

describe('issue list query', () => {
  it('defaults to tier order and turns tiers into numbers', () => {
    expect(issueListQuerySchema.parse({ tier: '1,3' })).toEqual({
      page: 1,
      pageSize: 25,
      sort: 'tier',
      tier: [1, 3],
    });
  });
});

describe('reorder request', () => {
  const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

  it('accepts a tier with its issues in order', () => {
    expect(reorderIssuesSchema.parse({ tier: 2, issueIds: [id(2), id(1)] })).toEqual({
      tier: 2,
      issueIds: [id(2), id(1)],
    });
  });

  it('refuses repeats, an empty list and unknown tiers', () => {
    expect(reorderIssuesSchema.safeParse({ tier: 2, issueIds: [id(1), id(1)] }).success).toBe(
      false,
    );
    expect(reorderIssuesSchema.safeParse({ tier: 2, issueIds: [] }).success).toBe(false);
    expect(reorderIssuesSchema.safeParse({ tier: 4, issueIds: [id(1)] }).success).toBe(false);
  });
});
