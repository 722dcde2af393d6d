import type {
  CampaignDetail,
  CampaignSummary,
  Contribution,
  GoalSeries,
  OrganizationCampaign,
  Participant,
  ParticipantsByRole,
} from '@coalition/contracts';
import type { CampaignRow } from './campaigns.repository';
import type { ContributionRow } from './contributions.repository';
import type { OrganizationCampaignRow, ParticipantRow } from './participations.repository';

export function toCampaignSummary(row: CampaignRow): CampaignSummary {
  return {
    id: row.id,
    name: row.name,
    summary: row.summary,
    kind: row.kind,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    active: row.active,
    issues: row.issues,
    goals: row.goals,
    participantCount: row.participantCount,
    version: row.version,
  };
}

export function toParticipant(row: ParticipantRow): Participant {
  return {
    id: row.id,
    role: row.role,
    organization:
      row.organizationId && row.organizationName && row.organizationKind
        ? { id: row.organizationId, name: row.organizationName, kind: row.organizationKind }
        : null,
    contact: row.contactId ? { id: row.contactId, name: row.contactName } : null,
    joinedOn: row.joinedOn,
    note: row.note,
    contributed: row.contributed,
  };
}

export function groupByRole(rows: ParticipantRow[]): ParticipantsByRole {
  const groups: ParticipantsByRole = {
    lead_partner: [],
    funder: [],
    participant: [],
    endorser: [],
  };
  for (const row of rows) groups[row.role].push(toParticipant(row));
  return groups;
}

export function toCampaignDetail(
  row: CampaignRow,
  participants: ParticipantRow[],
  series: GoalSeries[],
): CampaignDetail {
  return {
    ...toCampaignSummary(row),
    participants: groupByRole(participants),
    contributionSeries: series,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toOrganizationCampaign(row: OrganizationCampaignRow): OrganizationCampaign {
  return {
    participationId: row.participationId,
    role: row.role,
    joinedOn: row.joinedOn,
    note: row.note,
    contributed: row.contributed,
    campaign: {
      id: row.campaignId,
      name: row.name,
      kind: row.kind,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      active: row.active,
    },
  };
}

export function toContribution(row: ContributionRow): Contribution {
  return { ...row, createdAt: row.createdAt.toISOString() };
}
