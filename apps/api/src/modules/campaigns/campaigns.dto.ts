import { createZodDto } from 'nestjs-zod';
import {
  campaignDetailSchema,
  campaignListQuerySchema,
  campaignListResponseSchema,
  contributionListQuerySchema,
  contributionListResponseSchema,
  contributionSchema,
  createCampaignSchema,
  createContributionSchema,
  createParticipationSchema,
  idParamSchema,
  organizationCampaignListSchema,
  participantSchema,
  participationParamsSchema,
  updateCampaignSchema,
  updateParticipationSchema,
  versionedActionSchema,
} from '@coalition/contracts';

// Thin wrappers so Nest's pipes and the OpenAPI document see the shared zod schemas.
export class CampaignListQueryDto extends createZodDto(campaignListQuerySchema) {}
export class CampaignListResponseDto extends createZodDto(campaignListResponseSchema) {}
export class CampaignDetailDto extends createZodDto(campaignDetailSchema) {}
export class CampaignIdParamsDto extends createZodDto(idParamSchema) {}
export class CreateCampaignDto extends createZodDto(createCampaignSchema) {}
export class UpdateCampaignDto extends createZodDto(updateCampaignSchema) {}
export class CampaignVersionedActionDto extends createZodDto(versionedActionSchema) {}

export class ParticipationParamsDto extends createZodDto(participationParamsSchema) {}
export class CreateParticipationDto extends createZodDto(createParticipationSchema) {}
export class UpdateParticipationDto extends createZodDto(updateParticipationSchema) {}
export class ParticipantDto extends createZodDto(participantSchema) {}
export class OrganizationIdParamsForCampaignsDto extends createZodDto(idParamSchema) {}
export class OrganizationCampaignListDto extends createZodDto(organizationCampaignListSchema) {}

export class ContributionListQueryDto extends createZodDto(contributionListQuerySchema) {}
export class ContributionListResponseDto extends createZodDto(contributionListResponseSchema) {}
export class ContributionDto extends createZodDto(contributionSchema) {}
export class CreateContributionDto extends createZodDto(createContributionSchema) {}
