import { Module } from '@nestjs/common';
import { ImportsModule } from '../imports/imports.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ReportsModule } from '../reports/reports.module';
import { ContactLookupRepository } from './contact-lookup.repository';
import { ContactLookupService } from './contact-lookup.service';
import { AffiliationsController } from './affiliations.controller';
import { AffiliationsRepository } from './affiliations.repository';
import { AffiliationsService } from './affiliations.service';
import { ContactsController } from './contacts.controller';
import { ContactsRepository } from './contacts.repository';
import { ContactsService } from './contacts.service';
import { OrganizationContactsController } from './organization-contacts.controller';
import { ContactsErasureController } from './contacts-erasure.controller';
import { ContactsErasureService } from './contacts-erasure.service';

@Module({
  imports: [OrganizationsModule, ReportsModule, ImportsModule],
  controllers: [ContactsController, AffiliationsController, OrganizationContactsController, ContactsErasureController],
  providers: [ContactLookupRepository, ContactLookupService, ContactsRepository, AffiliationsRepository, ContactsService, AffiliationsService, ContactsErasureService],
  exports: [ContactsService, ContactLookupService],
})
export class ContactsModule {}
