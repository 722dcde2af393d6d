import { Entity, PrimaryColumn } from 'typeorm';

/** Links a campaign to the issues it advances. */
@Entity({ name: 'campaign_issue' })
export class CampaignIssueEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @PrimaryColumn({ name: 'issue_id', type: 'uuid' })
  issueId: string;
}
