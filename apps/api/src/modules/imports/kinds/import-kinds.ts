import { Injectable } from '@nestjs/common';
import type { ImportKind } from '@coalition/contracts';
import { AttendanceImport } from './attendance.kind';
import { ContactsImport } from './contacts.kind';
import type { ImportKindHandler } from './import-kind';
import { InterestsImport } from './interests.kind';
import { OrganizationsImport } from './organizations.kind';
import { ParticipationImport } from './participation.kind';

export const IMPORT_KIND_HANDLERS = [
  OrganizationsImport,
  ContactsImport,
  InterestsImport,
  ParticipationImport,
  AttendanceImport,
];

/** The handler of each kind of import. */
@Injectable()
export class ImportKinds {
  constructor(
    private readonly organizations: OrganizationsImport,
    private readonly contacts: ContactsImport,
    private readonly interests: InterestsImport,
    private readonly participation: ParticipationImport,
    private readonly attendance: AttendanceImport,
  ) {}

  of(kind: ImportKind): ImportKindHandler<unknown> {
    switch (kind) {
      case 'organizations':
        return this.organizations;
      case 'contacts':
        return this.contacts;
      case 'interests':
        return this.interests;
      case 'participation':
        return this.participation;
      case 'attendance':
        return this.attendance;
    }
  }
}
