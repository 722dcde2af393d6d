import type { ContactSummary } from '@coalition/contracts';
import { runAs, type RequestActor } from '../../common/request-context';
import type { CampaignsService } from '../campaigns/campaigns.service';
import type { ContactsService } from '../contacts/contacts.service';
import type { IssuesService } from '../issues/issues.service';
import type { OrganizationsService } from '../organizations/organizations.service';
import { SearchService } from './search.service';

const ID = '2b0f5b1e-6d1c-4f7a-9a51-6f4f1f0f0001';

function actor(role: RequestActor['role']): RequestActor {
  return {
    id: ID,
    email: `${role}@example.org`,
    role,
    sessionId: 's',
    csrfToken: 't',
    sessionExpiresAt: new Date(),
    name: role,
  };
}

function contact(overrides: Partial<ContactSummary> = {}): ContactSummary {
  return {
    id: ID,
    firstName: 'José',
    lastName: 'Pereira',
    preferredName: null,
    displayName: 'José Pereira',
    primaryEmail: 'jose@example.org',
    primaryPhone: '617-555-0101',
    languages: ['pt'],
    city: 'Framingham',
    county: 'Middlesex',
    organizations: [{ organizationId: ID, organizationName: 'Casa Brasil', role: 'staff' }],
    tags: [],
    consent: { email: true, sms: false, phone: false },
    ...overrides,
  };
}

const empty = { items: [], total: 0, page: 1, pageSize: 5 };

describe('SearchService', () => {
  const organizations = { list: jest.fn() };
  const contacts = { list: jest.fn() };
  const issues = { list: jest.fn() };
  const campaigns = { list: jest.fn() };
  const service = new SearchService(
    organizations as unknown as OrganizationsService,
    contacts as unknown as ContactsService,
    issues as unknown as IssuesService,
    campaigns as unknown as CampaignsService,
  );

  beforeEach(() => {
    for (const domain of [organizations, contacts, issues, campaigns]) {
      domain.list.mockReset().mockResolvedValue(empty);
    }
  });

  it("asks each domain's list for the first page in its default order", async () => {
    await runAs({ ip: null, userAgent: null, actor: actor('organizer') }, () =>
      service.find({ q: 'casa', limit: 3 }),
    );
    expect(organizations.list).toHaveBeenCalledWith({
      q: 'casa',
      page: 1,
      pageSize: 3,
      sort: 'name',
    });
    expect(contacts.list).toHaveBeenCalledWith({ q: 'casa', page: 1, pageSize: 3, sort: 'name' });
    expect(issues.list).toHaveBeenCalledWith({ q: 'casa', page: 1, pageSize: 3, sort: 'tier' });
    expect(campaigns.list).toHaveBeenCalledWith({ q: 'casa', page: 1, pageSize: 3, sort: 'name' });
  });

  it('answers people by name and first organization, never with an email or phone number', async () => {
    contacts.list.mockResolvedValue({
      ...empty,
      items: [contact(), contact({ organizations: [] })],
      total: 12,
    });
    const found = await runAs({ ip: null, userAgent: null, actor: actor('admin') }, () =>
      service.find({ q: 'jose', limit: 2 }),
    );
    expect(found.contacts).toEqual({
      total: 12,
      items: [
        {
          id: ID,
          displayName: 'José Pereira',
          organizationName: 'Casa Brasil',
          city: 'Framingham',
        },
        { id: ID, displayName: 'José Pereira', organizationName: null, city: 'Framingham' },
      ],
    });
    expect(JSON.stringify(found)).not.toMatch(/example\.org|555/);
  });
});
