import { createZodDto } from 'nestjs-zod';
import {
  createOrganizationSchema,
  idParamSchema,
  organizationDetailSchema,
  organizationListQuerySchema,
  organizationListResponseSchema,
  updateOrganizationSchema,
  versionedActionSchema,
} from '@coalition/contracts';

// Thin wrappers so Nest's pipes and the OpenAPI document see the shared zod schemas.
export class OrganizationListQueryDto extends createZodDto(organizationListQuerySchema) {}
export class OrganizationListResponseDto extends createZodDto(organizationListResponseSchema) {}
export class OrganizationDetailDto extends createZodDto(organizationDetailSchema) {}
export class OrganizationIdParamsDto extends createZodDto(idParamSchema) {}
export class CreateOrganizationDto extends createZodDto(createOrganizationSchema) {}
export class UpdateOrganizationDto extends createZodDto(updateOrganizationSchema) {}
export class VersionedActionDto extends createZodDto(versionedActionSchema) {}
