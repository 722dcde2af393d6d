import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Contribution, ListResponse } from '@coalition/contracts';
import {
  CampaignIdParamsDto,
  ContributionDto,
  ContributionListQueryDto,
  ContributionListResponseDto,
  CreateContributionDto,
} from './campaigns.dto';
import { ContributionsService } from './contributions.service';
import { RequirePermission } from '../auth/permissions.decorator';

@ApiTags('campaigns')
@Controller('campaigns')
export class ContributionsController {
  constructor(private readonly contributions: ContributionsService) {}

  @Get(':id/contributions')
  @RequirePermission('members.read')
  @ApiOkResponse({
    type: ContributionListResponseDto.Output,
    description: "One page of the campaign's contributions, newest first",
  })
  @ApiNotFoundResponse({ description: 'No campaign has this id' })
  list(
    @Param() params: CampaignIdParamsDto,
    @Query() query: ContributionListQueryDto,
  ): Promise<ListResponse<Contribution>> {
    return this.contributions.list(params.id, query);
  }

  @Post(':id/contributions')
  @RequirePermission('campaigns.write')
  @ApiCreatedResponse({ type: ContributionDto.Output })
  @ApiNotFoundResponse({ description: 'No campaign has this id' })
  @ApiBadRequestResponse({
    description: 'The goal or the participation belongs to another campaign',
  })
  add(
    @Param() params: CampaignIdParamsDto,
    @Body() body: CreateContributionDto,
  ): Promise<Contribution> {
    return this.contributions.add(params.id, body);
  }
}
