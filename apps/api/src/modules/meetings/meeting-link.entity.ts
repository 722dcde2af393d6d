import { Entity, PrimaryColumn } from 'typeorm';

/** Links a meeting to an issue it worked on. */
@Entity({ name: 'meeting_issue' })
export class MeetingIssueEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ name: 'issue_id', type: 'uuid' })
  issueId: string;
}

/** Links a meeting to a campaign it served. */
@Entity({ name: 'meeting_campaign' })
export class MeetingCampaignEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;
}
