import type {
  BillDetail,
  BillSummary,
  IssueDetail,
  IssueOrganization,
  IssueSummary,
  OrganizationInterest,
} from '@coalition/contracts';
import type { BillRow } from './bills.repository';
import type { InterestRow } from './interests.repository';
import type { IssueRow } from './issues.repository';

export function toIssueSummary(row: IssueRow): IssueSummary {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    tier: row.tier,
    rank: row.rank,
    session: row.session,
    status: row.status,
    interestCounts: row.interestCounts,
    bills: row.bills,
    version: row.version,
  };
}

export function toIssueDetail(row: IssueRow, organizations: IssueOrganization[]): IssueDetail {
  return {
    ...toIssueSummary(row),
    organizations,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toBillSummary(row: BillRow): BillSummary {
  return {
    id: row.id,
    issueId: row.issueId,
    issueTitle: row.issueTitle,
    session: row.session,
    number: row.number,
    title: row.title,
    status: row.status,
    version: row.version,
  };
}

export function toBillDetail(row: BillRow): BillDetail {
  return {
    ...toBillSummary(row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toOrganizationInterest(row: InterestRow): OrganizationInterest {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}
