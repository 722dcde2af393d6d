import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ContactsModule } from '../contacts/contacts.module';
import { IssuesModule } from '../issues/issues.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

/** The header's search box: reads every member domain through its service, owns no table. */
@Module({
  imports: [OrganizationsModule, ContactsModule, IssuesModule, CampaignsModule],
  controllers: [SearchController],
  providers: [SearchService],
})
export class SearchModule {}
