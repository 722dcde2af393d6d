import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
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
  imports: [OrganizationsModule],
  controllers: [ContactsController, AffiliationsController, OrganizationContactsController, ContactsErasureController],
  providers: [ContactsRepository, AffiliationsRepository, ContactsService, AffiliationsService, ContactsErasureService],
  exports: [ContactsService],
})
export class ContactsModule {}
