import { createZodDto } from 'nestjs-zod';
import { segmentEmailsResponseSchema, segmentExportQuerySchema } from '@coalition/contracts';

// Thin wrappers so Nest's pipes and the OpenAPI document see the shared zod schemas.
export class SegmentExportQueryDto extends createZodDto(segmentExportQuerySchema) {}
export class SegmentEmailsResponseDto extends createZodDto(segmentEmailsResponseSchema) {}
