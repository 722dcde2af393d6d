import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { OrganizationCampaign } from '@coalition/contracts';
import { OrganizationCampaignListDto, OrganizationIdParamsForCampaignsDto } from './campaigns.dto';
import { ParticipationsService } from './participations.service';
import { RequirePermission } from '../auth/permissions.decorator';

/** The campaigns side of an organization's page: /organizations/:id/campaigns. */
@ApiTags('campaigns')
@Controller('organizations')
export class OrganizationCampaignsController {
  constructor(private readonly participations: ParticipationsService) {}

  @Get(':id/campaigns')
  @RequirePermission('members.read')
  @ApiOkResponse({
    type: OrganizationCampaignListDto.Output,
    description:
      'Campaigns the organization takes part in, with its role and its contributions total',
  })
  @ApiNotFoundResponse({ description: 'No organization has this id' })
  list(@Param() params: OrganizationIdParamsForCampaignsDto): Promise<OrganizationCampaign[]> {
    return this.participations.listForOrganization(params.id);
  }
}
