import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ContactsModule } from '../contacts/contacts.module';
import { IssuesModule } from '../issues/issues.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ActionItemsRepository } from './action-items.repository';
import { ActionItemsService } from './action-items.service';
import { MeetingChecks } from './meeting-checks';
import { MeetingHistoryRepository } from './meeting-history.repository';
import { MeetingHistoryService } from './meeting-history.service';
import { MeetingPeopleService } from './meeting-people.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';

/** Meetings, attendance (organizations present derived from it) and action items (docs/meetings.md). */
@Module({
  imports: [AuthModule, ContactsModule, OrganizationsModule, IssuesModule, CampaignsModule],
  controllers: [MeetingsController],
  providers: [
    MeetingsRepository,
    ActionItemsRepository,
    MeetingHistoryRepository,
    MeetingChecks,
    MeetingsService,
    ActionItemsService,
    MeetingPeopleService,
    MeetingHistoryService,
  ],
})
export class MeetingsModule {}
