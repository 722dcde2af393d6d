import { createZodDto } from 'nestjs-zod';
import {
  assignmentResultSchema,
  assignmentSchema,
  callerListSchema,
  commitmentListQuerySchema,
  commitmentListResponseSchema,
  createDriveSchema,
  driveDetailSchema,
  driveListQuerySchema,
  driveListResponseSchema,
  idParamSchema,
  logAttemptSchema,
  nextTargetQuerySchema,
  nextTargetResponseSchema,
  outreachActivityQuerySchema,
  outreachActivityResponseSchema,
  targetListQuerySchema,
  targetListResponseSchema,
  targetSchema,
  updateDriveSchema,
  versionedActionSchema,
} from '@coalition/contracts';

// Thin wrappers so Nest's pipes and the OpenAPI document see the shared zod schemas.
export class DriveIdParamsDto extends createZodDto(idParamSchema) {}
export class DriveListQueryDto extends createZodDto(driveListQuerySchema) {}
export class DriveListResponseDto extends createZodDto(driveListResponseSchema) {}
export class DriveDetailDto extends createZodDto(driveDetailSchema) {}
export class CreateDriveDto extends createZodDto(createDriveSchema) {}
export class UpdateDriveDto extends createZodDto(updateDriveSchema) {}
export class DriveVersionedActionDto extends createZodDto(versionedActionSchema) {}
/**
 * The body is a union (even split or manual assignment), which TypeScript cannot extend as a
 * class type: the class still carries the schema for the validation pipe and OpenAPI, and the
 * controller reads the validated body as an Assignment.
 */
const AssignmentBody: new () => object = createZodDto(assignmentSchema);
export class AssignmentDto extends AssignmentBody {}
export class AssignmentResultDto extends createZodDto(assignmentResultSchema) {}
export class CallerListDto extends createZodDto(callerListSchema) {}

export class TargetIdParamsDto extends createZodDto(idParamSchema) {}
export class TargetListQueryDto extends createZodDto(targetListQuerySchema) {}
export class TargetListResponseDto extends createZodDto(targetListResponseSchema) {}
export class TargetDto extends createZodDto(targetSchema) {}
export class NextTargetQueryDto extends createZodDto(nextTargetQuerySchema) {}
export class NextTargetResponseDto extends createZodDto(nextTargetResponseSchema) {}
export class LogAttemptDto extends createZodDto(logAttemptSchema) {}
export class CommitmentListQueryDto extends createZodDto(commitmentListQuerySchema) {}
export class CommitmentListResponseDto extends createZodDto(commitmentListResponseSchema) {}
export class OutreachActivityQueryDto extends createZodDto(outreachActivityQuerySchema) {}
export class OutreachActivityResponseDto extends createZodDto(outreachActivityResponseSchema) {}
