import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { BillsController } from './bills.controller';
import { BillsRepository } from './bills.repository';
import { BillsService } from './bills.service';
import { InterestsController } from './interests.controller';
import { InterestsRepository } from './interests.repository';
import { InterestsService } from './interests.service';
import { IssuesController } from './issues.controller';
import { IssuesRepository } from './issues.repository';
import { IssuesService } from './issues.service';

/** Advocacy priorities, their bills, and organizations' interests in them. */
@Module({
  imports: [OrganizationsModule],
  controllers: [IssuesController, BillsController, InterestsController],
  providers: [
    IssuesRepository,
    IssuesService,
    BillsRepository,
    BillsService,
    InterestsRepository,
    InterestsService,
  ],
  exports: [IssuesService, InterestsService],
})
export class IssuesModule {}
