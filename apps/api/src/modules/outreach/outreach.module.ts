import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ContactsModule } from '../contacts/contacts.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SegmentsModule } from '../segments/segments.module';
import { OutreachController } from './outreach.controller';
import { OutreachDrivesController } from './outreach-drives.controller';
import { OutreachDrivesRepository } from './outreach-drives.repository';
import { OutreachDrivesService } from './outreach-drives.service';
import { OutreachTargetsRepository } from './outreach-targets.repository';
import { OutreachTargetsService } from './outreach-targets.service';

/** Outreach drives: targets snapshotted from segments, shared out, worked and logged (docs/outreach.md). */
@Module({
  imports: [AuthModule, ContactsModule, OrganizationsModule, SegmentsModule],
  controllers: [OutreachDrivesController, OutreachController],
  providers: [OutreachDrivesRepository, OutreachTargetsRepository, OutreachDrivesService, OutreachTargetsService],
})
export class OutreachModule {}
