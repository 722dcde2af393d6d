import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ListResponse, OrganizationDetail, OrganizationSummary } from '@coalition/contracts';
import {
  OrganizationDetailDto,
  OrganizationIdParamsDto,
  OrganizationListQueryDto,
  OrganizationListResponseDto,
} from './organizations.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @ApiOkResponse({ type: OrganizationListResponseDto.Output, description: 'One page of member organizations' })
  list(@Query() query: OrganizationListQueryDto): Promise<ListResponse<OrganizationSummary>> {
    return this.organizations.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: OrganizationDetailDto.Output })
  @ApiNotFoundResponse({ description: 'No organization has this id' })
  get(@Param() params: OrganizationIdParamsDto): Promise<OrganizationDetail> {
    return this.organizations.get(params.id);
  }
}
