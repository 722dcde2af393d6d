import { Module } from '@nestjs/common';
import { IssuesModule } from '../issues/issues.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { CampaignsController } from './campaigns.controller';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignsService } from './campaigns.service';
import { ContributionsController } from './contributions.controller';
import { ContributionsRepository } from './contributions.repository';
import { ContributionsService } from './contributions.service';
import { OrganizationCampaignsController } from './organization-campaigns.controller';
import { ParticipationsController } from './participations.controller';
import { ParticipationsRepository } from './participations.repository';
import { ParticipationsService } from './participations.service';

/** Campaigns, their goals, participants and contributions. */
@Module({
  imports: [IssuesModule, OrganizationsModule],
  controllers: [
    CampaignsController,
    ParticipationsController,
    ContributionsController,
    OrganizationCampaignsController,
  ],
  providers: [
    CampaignsRepository,
    CampaignsService,
    ParticipationsRepository,
    ParticipationsService,
    ContributionsRepository,
    ContributionsService,
  ],
  exports: [CampaignsService, ParticipationsService],
})
export class CampaignsModule {}
