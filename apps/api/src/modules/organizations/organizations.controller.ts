import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { OrganizationDetail } from '@coalition/contracts';
import {
  CreateOrganizationDto,
  OrganizationDetailDto,
  OrganizationIdParamsDto,
  UpdateOrganizationDto,
  VersionedActionDto,
} from './organizations.dto';
import { RequirePermission } from '../auth/permissions.decorator';
import { OrganizationsService } from './organizations.service';

/** One organization's record. The list (`GET /organizations`) is OrganizationListController's. */
@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get(':id')
  @RequirePermission('members.read')
  @ApiOkResponse({ type: OrganizationDetailDto.Output })
  @ApiNotFoundResponse({ description: 'No organization has this id' })
  get(@Param() params: OrganizationIdParamsDto): Promise<OrganizationDetail> {
    return this.organizations.get(params.id);
  }

  @Post()
  @RequirePermission('organizations.write')
  @ApiCreatedResponse({ type: OrganizationDetailDto.Output })
  @ApiConflictResponse({ description: 'An organization with this name already exists in this city' })
  create(@Body() body: CreateOrganizationDto): Promise<OrganizationDetail> {
    return this.organizations.create(body);
  }

  @Patch(':id')
  @RequirePermission('organizations.write')
  @ApiOkResponse({ type: OrganizationDetailDto.Output })
  @ApiConflictResponse({ description: 'Stale version (the body carries the current record) or duplicate name' })
  update(@Param() params: OrganizationIdParamsDto, @Body() body: UpdateOrganizationDto): Promise<OrganizationDetail> {
    return this.organizations.update(params.id, body);
  }

  @Post(':id/archive')
  @RequirePermission('organizations.write')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganizationDetailDto.Output })
  archive(@Param() params: OrganizationIdParamsDto, @Body() body: VersionedActionDto): Promise<OrganizationDetail> {
    return this.organizations.setArchived(params.id, body.version, true);
  }

  @Post(':id/restore')
  @RequirePermission('organizations.write')
  @HttpCode(200)
  @ApiOkResponse({ type: OrganizationDetailDto.Output })
  restore(@Param() params: OrganizationIdParamsDto, @Body() body: VersionedActionDto): Promise<OrganizationDetail> {
    return this.organizations.setArchived(params.id, body.version, false);
  }
}
