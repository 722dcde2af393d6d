import { createZodDto } from 'nestjs-zod';
import {
  affiliationDetailSchema,
  affiliationParamsSchema,
  contactDetailSchema,
  contactListQuerySchema,
  contactListResponseSchema,
  createAffiliationSchema,
  createContactSchema,
  idParamSchema,
  organizationContactListResponseSchema,
  organizationContactsQuerySchema,
  updateAffiliationSchema,
  updateContactSchema,
  versionedActionSchema,
} from '@coalition/contracts';

// Thin wrappers so Nest's pipes and the OpenAPI document see the shared zod schemas.
export class ContactListQueryDto extends createZodDto(contactListQuerySchema) {}
export class ContactListResponseDto extends createZodDto(contactListResponseSchema) {}
export class ContactDetailDto extends createZodDto(contactDetailSchema) {}
export class ContactIdParamsDto extends createZodDto(idParamSchema) {}
export class CreateContactDto extends createZodDto(createContactSchema) {}
export class UpdateContactDto extends createZodDto(updateContactSchema) {}
export class ContactVersionedActionDto extends createZodDto(versionedActionSchema) {}

export class AffiliationParamsDto extends createZodDto(affiliationParamsSchema) {}
export class AffiliationDetailDto extends createZodDto(affiliationDetailSchema) {}
export class CreateAffiliationDto extends createZodDto(createAffiliationSchema) {}
export class UpdateAffiliationDto extends createZodDto(updateAffiliationSchema) {}

export class OrganizationContactsQueryDto extends createZodDto(organizationContactsQuerySchema) {}
export class OrganizationContactListResponseDto extends createZodDto(
  organizationContactListResponseSchema,
) {}
