import { createZodDto } from 'nestjs-zod';
import {
  createSegmentSchema,
  idParamSchema,
  segmentContactListSchema,
  segmentDetailSchema,
  segmentListQuerySchema,
  segmentListResponseSchema,
  segmentOrganizationListSchema,
  segmentPreviewRequestSchema,
  segmentPreviewSchema,
  segmentResultsQuerySchema,
  updateSegmentSchema,
  versionedActionSchema,
} from '@coalition/contracts';

// Thin wrappers so Nest's pipes and the OpenAPI document see the shared zod schemas.
export class SegmentPreviewRequestDto extends createZodDto(segmentPreviewRequestSchema) {}
export class SegmentPreviewDto extends createZodDto(segmentPreviewSchema) {}
export class SegmentListQueryDto extends createZodDto(segmentListQuerySchema) {}
export class SegmentListResponseDto extends createZodDto(segmentListResponseSchema) {}
export class SegmentDetailDto extends createZodDto(segmentDetailSchema) {}
export class SegmentIdParamsDto extends createZodDto(idParamSchema) {}
export class SegmentResultsQueryDto extends createZodDto(segmentResultsQuerySchema) {}
export class SegmentOrganizationListDto extends createZodDto(segmentOrganizationListSchema) {}
export class SegmentContactListDto extends createZodDto(segmentContactListSchema) {}
export class CreateSegmentDto extends createZodDto(createSegmentSchema) {}
export class UpdateSegmentDto extends createZodDto(updateSegmentSchema) {}
export class SegmentVersionedActionDto extends createZodDto(versionedActionSchema) {}
