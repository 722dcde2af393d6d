import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type {
  IssueDetail,
  IssueSummary,
  ListResponse,
  ReorderIssuesResponse,
} from '@coalition/contracts';
import {
  CreateIssueDto,
  IssueDetailDto,
  IssueIdParamsDto,
  IssueListQueryDto,
  IssueListResponseDto,
  IssueVersionedActionDto,
  ReorderIssuesDto,
  ReorderIssuesResponseDto,
  UpdateIssueDto,
} from './issues.dto';
import { IssuesService } from './issues.service';
import { RequirePermission } from '../auth/permissions.decorator';

@ApiTags('issues')
@Controller('issues')
export class IssuesController {
  constructor(private readonly issues: IssuesService) {}

  @Get()
  @RequirePermission('members.read')
  @ApiOkResponse({
    type: IssueListResponseDto.Output,
    description:
      'One page of advocacy priorities (by tier, then rank), with interest counts and bills',
  })
  list(@Query() query: IssueListQueryDto): Promise<ListResponse<IssueSummary>> {
    return this.issues.list(query);
  }

  @Post('reorder')
  @RequirePermission('issues.write')
  @HttpCode(200)
  @ApiOkResponse({
    type: ReorderIssuesResponseDto.Output,
    description: 'The tier in its new order',
  })
  @ApiBadRequestResponse({ description: 'issueIds is not exactly the issues of the tier' })
  reorder(@Body() body: ReorderIssuesDto): Promise<ReorderIssuesResponse> {
    return this.issues.reorder(body);
  }

  @Get(':id')
  @RequirePermission('members.read')
  @ApiOkResponse({ type: IssueDetailDto.Output })
  @ApiNotFoundResponse({ description: 'No issue has this id' })
  get(@Param() params: IssueIdParamsDto): Promise<IssueDetail> {
    return this.issues.get(params.id);
  }

  @Post()
  @RequirePermission('issues.write')
  @ApiCreatedResponse({
    type: IssueDetailDto.Output,
    description: 'The new issue, last in its tier',
  })
  @ApiConflictResponse({ description: 'An issue with this title already exists in this session' })
  create(@Body() body: CreateIssueDto): Promise<IssueDetail> {
    return this.issues.create(body);
  }

  @Patch(':id')
  @RequirePermission('issues.write')
  @ApiOkResponse({ type: IssueDetailDto.Output })
  @ApiConflictResponse({
    description: 'Stale version (the body carries the current record) or duplicate title',
  })
  update(@Param() params: IssueIdParamsDto, @Body() body: UpdateIssueDto): Promise<IssueDetail> {
    return this.issues.update(params.id, body);
  }

  @Post(':id/archive')
  @RequirePermission('issues.write')
  @HttpCode(200)
  @ApiOkResponse({ type: IssueDetailDto.Output })
  archive(
    @Param() params: IssueIdParamsDto,
    @Body() body: IssueVersionedActionDto,
  ): Promise<IssueDetail> {
    return this.issues.setArchived(params.id, body.version, true);
  }

  @Post(':id/restore')
  @RequirePermission('issues.write')
  @HttpCode(200)
  @ApiOkResponse({ type: IssueDetailDto.Output })
  restore(
    @Param() params: IssueIdParamsDto,
    @Body() body: IssueVersionedActionDto,
  ): Promise<IssueDetail> {
    return this.issues.setArchived(params.id, body.version, false);
  }
}
