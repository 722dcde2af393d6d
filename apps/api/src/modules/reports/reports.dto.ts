import { createZodDto } from 'nestjs-zod';
import {
  engagementBreakdownSchema,
  engagementRecomputeRequestSchema,
  engagementRecomputeResultSchema,
  engagementSettingsSchema,
  idParamSchema,
} from '@coalition/contracts';

// Thin wrappers so Nest's pipes and the OpenAPI document see the shared zod schemas.
export class EngagementSubjectParamsDto extends createZodDto(idParamSchema) {}
export class EngagementBreakdownDto extends createZodDto(engagementBreakdownSchema) {}
export class EngagementSettingsDto extends createZodDto(engagementSettingsSchema) {}
export class EngagementRecomputeRequestDto extends createZodDto(engagementRecomputeRequestSchema) {}
export class EngagementRecomputeResultDto extends createZodDto(engagementRecomputeResultSchema) {}
