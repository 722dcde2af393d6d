import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  ConsentChannel,
  ContactOrganization,
  ContactSummary,
  ListResponse,
  OrganizationSummary,
  SegmentCounts,
  SegmentFilter,
  SegmentPreview,
} from '@coalition/contracts';
import { toSegmentContact, toSegmentOrganization } from './segments.mapper';
import { type Page, type ReachableContactRow, type SegmentContactRow, SegmentsRepository } from './segments.repository';

/** What a filter selects now: counts and pages of organizations and contacts. */
@Injectable()
export class SegmentEvaluationService {
  constructor(private readonly repository: SegmentsRepository) {}

  counts(filter: SegmentFilter): Promise<SegmentCounts> {
    return this.repository.counts(filter);
  }

  countsOfMany(filters: SegmentFilter[]): Promise<SegmentCounts[]> {
    return this.repository.countsOfMany(filters);
  }

  /** The contacts selected now who can be reached on `channel`: the targets of an outreach drive. */
  reachableContacts(filter: SegmentFilter, channel: ConsentChannel, manager?: EntityManager): Promise<ReachableContactRow[]> {
    return this.repository.reachableContacts(filter, channel, manager);
  }

  async preview(filter: SegmentFilter, page: Page): Promise<SegmentPreview> {
    const { counts, organizations, contacts } = await this.repository.preview(filter, page);
    return {
      organizations: { items: organizations.map(toSegmentOrganization), total: counts.organizations, ...page },
      contacts: { items: await this.withOrganizations(contacts), total: counts.contacts, ...page },
    };
  }

  async organizations(
    filter: SegmentFilter,
    page: Page,
    known?: SegmentCounts,
  ): Promise<ListResponse<OrganizationSummary>> {
    const total = (known ?? (await this.repository.counts(filter))).organizations;
    const rows = total ? await this.repository.organizationsPage(filter, page) : [];
    return { items: rows.map(toSegmentOrganization), total, ...page };
  }

  async contacts(filter: SegmentFilter, page: Page, known?: SegmentCounts): Promise<ListResponse<ContactSummary>> {
    const total = (known ?? (await this.repository.counts(filter))).contacts;
    const rows = total ? await this.repository.contactsPage(filter, page) : [];
    return { items: await this.withOrganizations(rows), total, ...page };
  }

  /** The page's contacts with their current organizations, as the contact list shows them. */
  private async withOrganizations(rows: SegmentContactRow[]): Promise<ContactSummary[]> {
    const affiliations = await this.repository.currentAffiliations(rows.map((r) => r.id));
    const byContact = new Map<string, ContactOrganization[]>();
    for (const { contactId, ...organization } of affiliations) {
      byContact.set(contactId, [...(byContact.get(contactId) ?? []), organization]);
    }
    return rows.map((r) => toSegmentContact(r, byContact.get(r.id) ?? []));
  }
}
