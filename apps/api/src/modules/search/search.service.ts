import { Injectable } from '@nestjs/common';
import {
  campaignListQuerySchema,
  contactListQuerySchema,
  issueListQuerySchema,
  organizationListQuerySchema,
  type SearchQuery,
  type SearchResponse,
} from '@coalition/contracts';
import { CampaignsService } from '../campaigns/campaigns.service';
import { ContactsService } from '../contacts/contacts.service';
import { IssuesService } from '../issues/issues.service';
import { OrganizationsService } from '../organizations/organizations.service';
import {
  toCampaignHit,
  toContactHit,
  toHits,
  toIssueHit,
  toOrganizationHit,
} from './search.mapper';

/**
 * One search box over the coalition. The search owns no table: each domain's own list answers
 * with its own matching rules (accents and case ignored), its default order, archived records
 * left out; this service only asks them all at once and keeps the first few of each.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly contacts: ContactsService,
    private readonly issues: IssuesService,
    private readonly campaigns: CampaignsService,
  ) {}

  async find({ q, limit }: SearchQuery): Promise<SearchResponse> {
    // Parsing the lists' own query schemas fills in their defaults (first page, default order).
    const page = { q, pageSize: limit };
    const [organizations, contacts, issues, campaigns] = await Promise.all([
      this.organizations.list(organizationListQuerySchema.parse(page)),
      this.contacts.list(contactListQuerySchema.parse(page)),
      this.issues.list(issueListQuerySchema.parse(page)),
      this.campaigns.list(campaignListQuerySchema.parse(page)),
    ]);
    return {
      q,
      organizations: toHits(organizations, toOrganizationHit),
      contacts: toHits(contacts, toContactHit),
      issues: toHits(issues, toIssueHit),
      campaigns: toHits(campaigns, toCampaignHit),
    };
  }
}
