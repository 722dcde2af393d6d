import { createZodDto } from 'nestjs-zod';
import {
  idParamSchema,
  organizationDetailSchema,
  organizationListQuerySchema,
  organizationListResponseSchema,
} from '@coalition/contracts';

// Thin wrappers so Nest's pipes and the OpenAPI document see the shared zod schemas.
export class OrganizationListQueryDto extends createZodDto(organizationListQuerySchema) {}
export class OrganizationListResponseDto extends createZodDto(organizationListResponseSchema) {}
export class OrganizationDetailDto extends createZodDto(organizationDetailSchema) {}
export class OrganizationIdParamsDto extends createZodDto(idParamSchema) {}
