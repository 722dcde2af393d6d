import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { InvitationEntity } from '../modules/auth/invitation.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { UserEntity } from '../modules/auth/user.entity';
import { AffiliationEntity } from '../modules/contacts/affiliation.entity';
import { ContactEmailEntity } from '../modules/contacts/contact-email.entity';
import { ContactPhoneEntity } from '../modules/contacts/contact-phone.entity';
import { ContactEntity } from '../modules/contacts/contact.entity';
import { CampaignGoalEntity } from '../modules/campaigns/campaign-goal.entity';
import { CampaignIssueEntity } from '../modules/campaigns/campaign-issue.entity';
import { CampaignEntity } from '../modules/campaigns/campaign.entity';
import { ContributionEntity } from '../modules/campaigns/contribution.entity';
import { ParticipationEntity } from '../modules/campaigns/participation.entity';
import { BillEntity } from '../modules/issues/bill.entity';
import { InterestEntity } from '../modules/issues/interest.entity';
import { IssueEntity } from '../modules/issues/issue.entity';
import { ImportJobEntity } from '../modules/imports/import-job.entity';
import { ImportMappingEntity } from '../modules/imports/import-mapping.entity';
import { ImportRowEntity } from '../modules/imports/import-row.entity';
import { ActionItemEntity } from '../modules/meetings/action-item.entity';
import { AttendanceEntity } from '../modules/meetings/attendance.entity';
import { MeetingCampaignEntity, MeetingIssueEntity } from '../modules/meetings/meeting-link.entity';
import { MeetingEntity } from '../modules/meetings/meeting.entity';
import { MunicipalityEntity } from '../modules/organizations/municipality.entity';
import { OrganizationEntity } from '../modules/organizations/organization.entity';
import { OutreachAttemptEntity } from '../modules/outreach/outreach-attempt.entity';
import { OutreachDriveEntity } from '../modules/outreach/outreach-drive.entity';
import { OutreachTargetEntity } from '../modules/outreach/outreach-target.entity';
import { EngagementScoreDailyEntity, EngagementScoreEntity } from '../modules/reports/engagement-score.entity';
import { SettingEntity } from '../modules/settings/setting.entity';

/** Every TypeORM entity of the app; each lives in its domain's folder. */
export const ENTITIES = [MunicipalityEntity, OrganizationEntity, ContactEntity, ContactEmailEntity, ContactPhoneEntity, AffiliationEntity,
  IssueEntity, BillEntity, InterestEntity,
  CampaignEntity, CampaignIssueEntity, CampaignGoalEntity, ParticipationEntity, ContributionEntity,
  OutreachDriveEntity, OutreachTargetEntity, OutreachAttemptEntity,
  MeetingEntity, MeetingIssueEntity, MeetingCampaignEntity, AttendanceEntity, ActionItemEntity,
  EngagementScoreEntity, EngagementScoreDailyEntity, SettingEntity,
  UserEntity, SessionEntity, InvitationEntity, AuditEventEntity,
  ImportJobEntity, ImportRowEntity, ImportMappingEntity];
