import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { ListResponse, OrganizationSummary } from '@coalition/contracts';
import { RequirePermission } from '../auth/permissions.decorator';
import { OrganizationListService } from './organization-list.service';
import { OrganizationListQueryDto, OrganizationListResponseDto } from './organizations.dto';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationListController {
  constructor(private readonly organizations: OrganizationListService) {}

  @Get()
  @RequirePermission('members.read')
  @ApiOkResponse({ type: OrganizationListResponseDto.Output, description: 'One page of member organizations' })
  list(@Query() query: OrganizationListQueryDto): Promise<ListResponse<OrganizationSummary>> {
    return this.organizations.list(query);
  }

  /** The same filters and order as the list, every page, as a CSV download (audited). */
  @Get('export')
  @RequirePermission('exports.run')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Every organization the filters find, as CSV (page and pageSize are ignored)' })
  export(@Query() query: OrganizationListQueryDto, @Res() res: Response): Promise<void> {
    return this.organizations.exportCsv(query, res);
  }
}
