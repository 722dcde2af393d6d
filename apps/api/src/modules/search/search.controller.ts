import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { SearchResponse } from '@coalition/contracts';
import { RequirePermission } from '../auth/permissions.decorator';
import { SearchQueryDto, SearchResponseDto } from './search.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @RequirePermission('members.read')
  @ApiOkResponse({
    type: SearchResponseDto.Output,
    description:
      'The first organizations, contacts, issues and campaigns matching q (archived ones left out), with how many match of each kind',
  })
  find(@Query() query: SearchQueryDto): Promise<SearchResponse> {
    return this.search.find(query);
  }
}
