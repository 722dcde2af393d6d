import type {
  CampaignHit,
  CampaignSummary,
  ContactHit,
  ContactSummary,
  IssueHit,
  IssueSummary,
  ListResponse,
  OrganizationHit,
  OrganizationSummary,
} from '@coalition/contracts';

export function toOrganizationHit(o: OrganizationSummary): OrganizationHit {
  return {
    id: o.id,
    name: o.name,
    kind: o.kind,
    membershipStatus: o.membershipStatus,
    city: o.city,
  };
}

/** Picks fields one by one, so an email or phone number added to the summary never leaks here. */
export function toContactHit(c: ContactSummary): ContactHit {
  return {
    id: c.id,
    displayName: c.displayName,
    organizationName: c.organizations[0]?.organizationName ?? null,
    city: c.city,
  };
}

export function toIssueHit(i: IssueSummary): IssueHit {
  return { id: i.id, title: i.title, tier: i.tier, status: i.status };
}

export function toCampaignHit(c: CampaignSummary): CampaignHit {
  return { id: c.id, name: c.name, kind: c.kind, active: c.active };
}

export function toHits<S, H>(
  list: ListResponse<S>,
  toHit: (item: S) => H,
): { items: H[]; total: number } {
  return { items: list.items.map(toHit), total: list.total };
}
