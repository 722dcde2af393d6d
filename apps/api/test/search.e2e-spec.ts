import type { SearchResponse } from '@coalition/contracts';
import { insertCampaigns } from './factories/campaign.factory';
import { insertContacts } from './factories/contact.factory';
import { insertIssues } from './factories/issue.factory';
import { insertOrganizations } from './factories/organization.factory';
import { startTestApp, type TestApp } from './test-app';

describe('GET /api/search', () => {
  let t: TestApp;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    const organizations = await insertOrganizations(
      t.dataSource,
      { name: 'Casa José Community Alliance', kind: 'community_group', city: 'Chelsea' },
      ...['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((letter) => ({
        name: `Harbor Health ${letter}`,
        kind: 'health_center' as const,
        city: 'Worcester',
      })),
      { name: 'Harbor Archived', city: 'Boston', archivedAt: new Date() },
    );
    const [contact] = await insertContacts(
      t.dataSource,
      {
        firstName: 'José',
        lastName: 'Pereira',
        city: 'Chelsea',
        emails: [{ address: 'quiet.mailbox@example.org' }],
        phones: [{ number: '617-555-0199' }],
        affiliations: [{ organizationId: organizations[0].id, role: 'staff' }],
      },
      { firstName: 'José', lastName: 'Archived', archivedAt: new Date() },
    );
    const [issue] = await insertIssues(t.dataSource, {
      title: 'José Martí Language Access Act',
      tier: 1,
    });
    const [campaign] = await insertCampaigns(t.dataSource, {
      name: 'Vota José Summer Drive',
      kind: 'voter_engagement',
    });
    ids = {
      organization: organizations[0].id,
      contact: contact.id,
      issue: issue.id,
      campaign: campaign.id,
    };
  });

  afterAll(() => t.close());

  const search = async (
    query: string,
    role: 'admin' | 'viewer' = 'admin',
  ): Promise<SearchResponse> => {
    const client = role === 'admin' ? t.http() : await t.as(role);
    const res = await client.get(`/api/search?${query}`).expect(200);
    return res.body as SearchResponse;
  };

  it('finds an organization, a person, an issue and a campaign ignoring accents and case', async () => {
    for (const q of ['jose', 'JOSÉ', 'José']) {
      const found = await search(`q=${encodeURIComponent(q)}`);
      expect(found).toEqual({
        q,
        organizations: {
          total: 1,
          items: [
            {
              id: ids.organization,
              name: 'Casa José Community Alliance',
              kind: 'community_group',
              membershipStatus: 'active',
              city: 'Chelsea',
            },
          ],
        },
        contacts: {
          total: 1,
          items: [
            {
              id: ids.contact,
              displayName: 'José Pereira',
              organizationName: 'Casa José Community Alliance',
              city: 'Chelsea',
            },
          ],
        },
        issues: {
          total: 1,
          items: [
            { id: ids.issue, title: 'José Martí Language Access Act', tier: 1, status: 'active' },
          ],
        },
        campaigns: {
          total: 1,
          items: [
            {
              id: ids.campaign,
              name: 'Vota José Summer Drive',
              kind: 'voter_engagement',
              active: true,
            },
          ],
        },
      });
    }
  });

  it('finds records by part of a name', async () => {
    expect((await search('q=munity')).organizations.items.map((o) => o.id)).toEqual([
      ids.organization,
    ]);
    expect((await search('q=pereir')).contacts.items.map((c) => c.id)).toEqual([ids.contact]);
    expect((await search('q=language acc')).issues.items.map((i) => i.id)).toEqual([ids.issue]);
    expect((await search('q=summer')).campaigns.items.map((c) => c.id)).toEqual([ids.campaign]);
  });

  it('answers the first five of each kind by name, with how many match, archived ones left out', async () => {
    const found = await search('q=harbor');
    expect(found.organizations.total).toBe(7);
    expect(found.organizations.items.map((o) => o.name)).toEqual(
      ['A', 'B', 'C', 'D', 'E'].map((l) => `Harbor Health ${l}`),
    );
    expect(found.contacts).toEqual({ items: [], total: 0 });
  });

  it('answers as many of each kind as the limit asks', async () => {
    const found = await search('q=harbor&limit=2');
    expect(found.organizations).toMatchObject({
      total: 7,
      items: [{ name: 'Harbor Health A' }, { name: 'Harbor Health B' }],
    });
    expect((await search('q=harbor&limit=10')).organizations.items).toHaveLength(7);
  });

  it('finds a person by email address or phone number for a role that sees them', async () => {
    expect((await search('q=quiet.mailbox')).contacts.items.map((c) => c.id)).toEqual([
      ids.contact,
    ]);
    expect((await search('q=555-0199')).contacts.items.map((c) => c.id)).toEqual([ids.contact]);
  });

  it('lets a viewer find people by name, without emails or phone numbers, and not by them', async () => {
    const byName = await search('q=jose', 'viewer');
    expect(byName.contacts.items).toEqual([
      {
        id: ids.contact,
        displayName: 'José Pereira',
        organizationName: 'Casa José Community Alliance',
        city: 'Chelsea',
      },
    ]);
    expect(JSON.stringify(byName)).not.toMatch(/quiet\.mailbox|555/);
    expect((await search('q=quiet.mailbox', 'viewer')).contacts).toEqual({ items: [], total: 0 });
    expect((await search('q=555-0199', 'viewer')).contacts).toEqual({ items: [], total: 0 });
  });

  it.each([
    ['', 'q', 'is required'],
    ['q=%20%20', 'q', 'must not be blank'],
    [`q=${'x'.repeat(101)}`, 'q', 'must be at most 100 characters'],
    ['q=a&q=b', 'q', 'must be text'],
    ['q=casa&limit=11', 'limit', 'must be at most 10'],
    ['q=casa&limit=0', 'limit', 'must be 1 or more'],
    ['q=casa&page=2', 'page', 'is not a known field'],
  ])('answers 400 naming the parameter for ?%s', async (query, field, message) => {
    const res = await t.http().get(`/api/search?${query}`).expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: field, message: expect.stringContaining(message) }),
      ]),
    );
  });

  it('treats LIKE wildcards and quotes as plain characters', async () => {
    for (const q of ['%25', '_', "' OR 1=1 --", '\\']) {
      const found = await search(`q=${q}`);
      expect(
        found.organizations.total +
          found.contacts.total +
          found.issues.total +
          found.campaigns.total,
      ).toBe(0);
    }
  });

  it('answers 401 without a session', async () => {
    await t.anonymous().get('/api/search?q=jose').expect(401);
  });
});
