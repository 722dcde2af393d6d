import { insertCampaigns, insertParticipations } from './factories/campaign.factory';
import { insertContacts } from './factories/contact.factory';
import { insertInterests, insertIssues } from './factories/issue.factory';
import { insertOrganizations } from './factories/organization.factory';
import { startTestApp, type TestApp } from './test-app';

const UNKNOWN_ID = '6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00';

describe('GET /api/organizations filtered by issue, campaign, tag and language', () => {
  let t: TestApp;
  let issue: Record<'coverAllKids' | 'housing' | 'unclaimed', string>;
  let campaign: Record<'vote' | 'englishWorks' | 'empty', string>;

  beforeAll(async () => {
    t = await startTestApp();
    const [alpha, beacon, cedar, delta, archived] = await insertOrganizations(
      t.dataSource,
      { name: 'Alpha Health Center', kind: 'health_center', tags: ['health', 'esol'], languages: ['es', 'pt'] },
      { name: 'Beacon Legal Aid', kind: 'legal_services', tags: ['legal'], languages: ['ht'] },
      { name: 'Cedar Workers Union', kind: 'labor_union', tags: ['labor', 'esol'], languages: ['es'] },
      { name: 'Delta Vietnamese Church', kind: 'religious', tags: [], languages: ['vi'] },
      { name: 'Echo Archived Alliance', tags: ['esol'], languages: ['es'], archivedAt: new Date() },
    );
    const [coverAllKids, housing, unclaimed] = await insertIssues(
      t.dataSource,
      { title: 'Cover All Kids' },
      { title: 'Housing' },
      { title: 'Health Equity Compact' },
    );
    issue = { coverAllKids: coverAllKids.id, housing: housing.id, unclaimed: unclaimed.id };
    await insertInterests(
      t.dataSource,
      { organizationId: alpha.id, issueId: coverAllKids.id, level: 'leading' },
      { organizationId: beacon.id, issueId: coverAllKids.id, level: 'active' },
      { organizationId: cedar.id, issueId: coverAllKids.id, level: 'interested' },
      { organizationId: archived.id, issueId: coverAllKids.id, level: 'leading' },
      { organizationId: delta.id, issueId: housing.id, level: 'leading' },
      { organizationId: alpha.id, issueId: housing.id, level: 'interested' },
    );
    const [vote, englishWorks, empty] = await insertCampaigns(
      t.dataSource,
      { name: 'New Americans Vote' },
      { name: 'English Works' },
      { name: 'Redistricting' },
    );
    campaign = { vote: vote.id, englishWorks: englishWorks.id, empty: empty.id };
    const [person] = await insertContacts(t.dataSource, { firstName: 'Rosa' });
    await insertParticipations(
      t.dataSource,
      { campaignId: vote.id, organizationId: alpha.id, role: 'lead_partner' },
      { campaignId: vote.id, organizationId: beacon.id, role: 'funder' },
      // Taking part twice in one campaign still lists the organization once.
      { campaignId: vote.id, organizationId: beacon.id, role: 'endorser' },
      { campaignId: vote.id, organizationId: archived.id, role: 'participant' },
      // A person taking part on their own is no organization.
      { campaignId: vote.id, contactId: person.id, role: 'participant' },
      { campaignId: englishWorks.id, organizationId: cedar.id, role: 'participant' },
    );
  });

  afterAll(() => t.close());

  async function namesFor(query: string): Promise<string[]> {
    const res = await t.http().get(`/api/organizations?${query}`).expect(200);
    const body = res.body as { items: { name: string }[]; total: number };
    // The total counts the same filtered rows as the page shows.
    expect(body.total).toBe(body.items.length);
    return body.items.map((i) => i.name);
  }

  it('lists organizations interested in an issue, at any level by default, archived ones left out', async () => {
    expect(await namesFor(`issueId=${issue.coverAllKids}`)).toEqual([
      'Alpha Health Center',
      'Beacon Legal Aid',
      'Cedar Workers Union',
    ]);
  });

  it('counts a stronger level as meeting a weaker one: leading within active within interested', async () => {
    const at = (level: string) => namesFor(`issueId=${issue.coverAllKids}&minLevel=${level}`);
    const leading = await at('leading');
    const active = await at('active');
    const interested = await at('interested');
    expect(leading).toEqual(['Alpha Health Center']);
    expect(active).toEqual(['Alpha Health Center', 'Beacon Legal Aid']);
    expect(interested).toEqual(['Alpha Health Center', 'Beacon Legal Aid', 'Cedar Workers Union']);
    expect(active).toEqual(expect.arrayContaining(leading));
    expect(interested).toEqual(expect.arrayContaining(active));
  });

  it('reads several issues as any of them, each organization once', async () => {
    expect(await namesFor(`issueId=${issue.coverAllKids},${issue.housing}&minLevel=leading`)).toEqual([
      'Alpha Health Center',
      'Delta Vietnamese Church',
    ]);
    expect(await namesFor(`issueId=${issue.housing}&issueId=${issue.coverAllKids}`)).toHaveLength(4);
  });

  it('lists the organizations taking part in a campaign, optionally in some roles', async () => {
    expect(await namesFor(`campaignId=${campaign.vote}`)).toEqual(['Alpha Health Center', 'Beacon Legal Aid']);
    expect(await namesFor(`campaignId=${campaign.vote}&role=funder`)).toEqual(['Beacon Legal Aid']);
    expect(await namesFor(`campaignId=${campaign.vote}&role=participant`)).toEqual([]);
    expect(await namesFor(`campaignId=${campaign.vote}&campaignId=${campaign.englishWorks}`)).toEqual([
      'Alpha Health Center',
      'Beacon Legal Aid',
      'Cedar Workers Union',
    ]);
  });

  it('filters by tag and by language, several values meaning any of them', async () => {
    expect(await namesFor('tag=esol')).toEqual(['Alpha Health Center', 'Cedar Workers Union']);
    expect(await namesFor('tag=legal&tag=labor')).toEqual(['Beacon Legal Aid', 'Cedar Workers Union']);
    expect(await namesFor('language=es')).toEqual(['Alpha Health Center', 'Cedar Workers Union']);
    expect(await namesFor('language=ht,vi')).toEqual(['Beacon Legal Aid', 'Delta Vietnamese Church']);
  });

  it('combines every filter as "all of them", with the older ones too', async () => {
    const query = `issueId=${issue.coverAllKids}&campaignId=${campaign.vote}&language=es&tag=esol`;
    expect(await namesFor(query)).toEqual(['Alpha Health Center']);
    expect(await namesFor(`${query}&kind=legal_services`)).toEqual([]);
    expect(await namesFor(`issueId=${issue.coverAllKids}&minLevel=active&language=ht&q=beacon`)).toEqual([
      'Beacon Legal Aid',
    ]);
    expect(await namesFor(`campaignId=${campaign.vote}&status=active&sort=-name`)).toEqual([
      'Beacon Legal Aid',
      'Alpha Health Center',
    ]);
  });

  it('answers an empty page when nothing matches', async () => {
    expect(await namesFor(`issueId=${issue.unclaimed}`)).toEqual([]);
    expect(await namesFor(`issueId=${UNKNOWN_ID}`)).toEqual([]);
    expect(await namesFor(`campaignId=${campaign.empty}`)).toEqual([]);
    expect(await namesFor('tag=nobody-has-this')).toEqual([]);
    // Each set matches someone, but nobody is in both.
    expect(await namesFor(`issueId=${issue.housing}&minLevel=leading&campaignId=${campaign.vote}`)).toEqual([]);
  });

  it.each([
    ['issueId=not-a-uuid', 'issueId', 'must be a UUID'],
    [`campaignId=${UNKNOWN_ID},42`, 'campaignId', 'must be a UUID'],
    [`issueId=${UNKNOWN_ID}&minLevel=loud`, 'minLevel', 'must be one of: interested, active, leading'],
    ['language=klingon', 'language', 'must be one of'],
    [`campaignId=${UNKNOWN_ID}&role=boss`, 'role', 'must be one of'],
    [`tag=${'x'.repeat(41)}`, 'tag', 'must be at most 40 characters'],
    ['minLevel=leading', 'minLevel', 'applies only together with issueId'],
    ['role=funder', 'role', 'applies only together with campaignId'],
  ])('answers 400 naming the parameter for ?%s', async (query, field, message) => {
    const res = await t.http().get(`/api/organizations?${query}`).expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.message).toContain(`query parameter ${field}: ${message}`);
    expect(res.body.fields).toEqual([{ path: field, message: expect.stringContaining(message) }]);
  });

  it('lets a read-only role filter too', async () => {
    const viewer = await t.as('viewer');
    const res = await viewer.get(`/api/organizations?issueId=${issue.coverAllKids}&minLevel=leading`).expect(200);
    expect(res.body.items.map((i: { name: string }) => i.name)).toEqual(['Alpha Health Center']);
  });
});
