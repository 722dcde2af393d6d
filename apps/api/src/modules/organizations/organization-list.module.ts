import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { IssuesModule } from '../issues/issues.module';
import { OrganizationListController } from './organization-list.controller';
import { OrganizationListService } from './organization-list.service';
import { OrganizationsModule } from './organizations.module';

/**
 * The organization list, filtered by issue and campaign among others. It is a module of its
 * own because the issues and campaigns modules import OrganizationsModule (an interest or a
 * participation must name an existing organization): asking them from OrganizationsModule would
 * be a cycle. Sitting above all three, this module needs no forwardRef.
 */
@Module({
  imports: [OrganizationsModule, IssuesModule, CampaignsModule],
  controllers: [OrganizationListController],
  providers: [OrganizationListService],
})
export class OrganizationListModule {}
