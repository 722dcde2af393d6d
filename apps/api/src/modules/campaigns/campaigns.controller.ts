import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { CampaignDetail, CampaignSummary, ListResponse } from '@coalition/contracts';
import {
  CampaignDetailDto,
  CampaignIdParamsDto,
  CampaignListQueryDto,
  CampaignListResponseDto,
  CampaignVersionedActionDto,
  CreateCampaignDto,
  UpdateCampaignDto,
} from './campaigns.dto';
import { CampaignsService } from './campaigns.service';
import { RequirePermission } from '../auth/permissions.decorator';

@ApiTags('campaigns')
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get()
  @RequirePermission('members.read')
  @ApiOkResponse({
    type: CampaignListResponseDto.Output,
    description: 'One page of campaigns, with progress toward each goal',
  })
  list(@Query() query: CampaignListQueryDto): Promise<ListResponse<CampaignSummary>> {
    return this.campaigns.list(query);
  }

  @Get(':id')
  @RequirePermission('members.read')
  @ApiOkResponse({
    type: CampaignDetailDto.Output,
    description:
      'The campaign with its issues, goal progress, participants by role and monthly contribution series',
  })
  @ApiNotFoundResponse({ description: 'No campaign has this id' })
  get(@Param() params: CampaignIdParamsDto): Promise<CampaignDetail> {
    return this.campaigns.get(params.id);
  }

  @Post()
  @RequirePermission('campaigns.write')
  @ApiCreatedResponse({ type: CampaignDetailDto.Output })
  @ApiNotFoundResponse({ description: 'One of issueIds is not an issue' })
  @ApiConflictResponse({ description: 'A campaign with this name already exists' })
  create(@Body() body: CreateCampaignDto): Promise<CampaignDetail> {
    return this.campaigns.create(body);
  }

  @Patch(':id')
  @RequirePermission('campaigns.write')
  @ApiOkResponse({ type: CampaignDetailDto.Output })
  @ApiConflictResponse({
    description:
      'Stale version (the body carries the current record), duplicate name, or a removed goal has contributions',
  })
  update(
    @Param() params: CampaignIdParamsDto,
    @Body() body: UpdateCampaignDto,
  ): Promise<CampaignDetail> {
    return this.campaigns.update(params.id, body);
  }

  @Post(':id/archive')
  @RequirePermission('campaigns.write')
  @HttpCode(200)
  @ApiOkResponse({ type: CampaignDetailDto.Output })
  archive(
    @Param() params: CampaignIdParamsDto,
    @Body() body: CampaignVersionedActionDto,
  ): Promise<CampaignDetail> {
    return this.campaigns.setArchived(params.id, body.version, true);
  }

  @Post(':id/restore')
  @RequirePermission('campaigns.write')
  @HttpCode(200)
  @ApiOkResponse({ type: CampaignDetailDto.Output })
  restore(
    @Param() params: CampaignIdParamsDto,
    @Body() body: CampaignVersionedActionDto,
  ): Promise<CampaignDetail> {
    return this.campaigns.setArchived(params.id, body.version, false);
  }
}
