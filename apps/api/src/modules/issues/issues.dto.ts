import { createZodDto } from 'nestjs-zod';
import {
  billDetailSchema,
  billListQuerySchema,
  billListResponseSchema,
  createBillSchema,
  createIssueSchema,
  idParamSchema,
  interestParamsSchema,
  issueDetailSchema,
  issueListQuerySchema,
  issueListResponseSchema,
  organizationInterestListSchema,
  organizationInterestSchema,
  putInterestSchema,
  reorderIssuesResponseSchema,
  reorderIssuesSchema,
  updateBillSchema,
  updateIssueSchema,
  versionedActionSchema,
} from '@coalition/contracts';

// Thin wrappers so Nest's pipes and the OpenAPI document see the shared zod schemas.
export class IssueListQueryDto extends createZodDto(issueListQuerySchema) {}
export class IssueListResponseDto extends createZodDto(issueListResponseSchema) {}
export class IssueDetailDto extends createZodDto(issueDetailSchema) {}
export class IssueIdParamsDto extends createZodDto(idParamSchema) {}
export class CreateIssueDto extends createZodDto(createIssueSchema) {}
export class UpdateIssueDto extends createZodDto(updateIssueSchema) {}
export class IssueVersionedActionDto extends createZodDto(versionedActionSchema) {}
export class ReorderIssuesDto extends createZodDto(reorderIssuesSchema) {}
export class ReorderIssuesResponseDto extends createZodDto(reorderIssuesResponseSchema) {}

export class BillListQueryDto extends createZodDto(billListQuerySchema) {}
export class BillListResponseDto extends createZodDto(billListResponseSchema) {}
export class BillDetailDto extends createZodDto(billDetailSchema) {}
export class BillIdParamsDto extends createZodDto(idParamSchema) {}
export class CreateBillDto extends createZodDto(createBillSchema) {}
export class UpdateBillDto extends createZodDto(updateBillSchema) {}

export class OrganizationIdParamsForInterestsDto extends createZodDto(idParamSchema) {}
export class InterestParamsDto extends createZodDto(interestParamsSchema) {}
export class PutInterestDto extends createZodDto(putInterestSchema) {}
export class OrganizationInterestDto extends createZodDto(organizationInterestSchema) {}
export class OrganizationInterestListDto extends createZodDto(organizationInterestListSchema) {}
