import { createZodDto } from 'nestjs-zod';
import {
  activityQuerySchema,
  activityReportSchema,
  breakdownParamsSchema,
  breakdownReportSchema,
  campaignReportSchema,
  coverageReportSchema,
  driftingQuerySchema,
  driftingReportSchema,
  kpiQuerySchema,
  kpiReportSchema,
} from '@coalition/contracts';

// Thin wrappers so Nest's pipes and the OpenAPI document see the shared zod schemas.
export class KpiQueryDto extends createZodDto(kpiQuerySchema) {}
export class KpiReportDto extends createZodDto(kpiReportSchema) {}
export class DriftingQueryDto extends createZodDto(driftingQuerySchema) {}
export class DriftingReportDto extends createZodDto(driftingReportSchema) {}
export class CoverageReportDto extends createZodDto(coverageReportSchema) {}
export class CampaignReportDto extends createZodDto(campaignReportSchema) {}
export class BreakdownParamsDto extends createZodDto(breakdownParamsSchema) {}
export class BreakdownReportDto extends createZodDto(breakdownReportSchema) {}
export class ActivityQueryDto extends createZodDto(activityQuerySchema) {}
export class ActivityReportDto extends createZodDto(activityReportSchema) {}
