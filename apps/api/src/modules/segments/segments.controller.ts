import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type {
  ContactSummary,
  ListResponse,
  OrganizationSummary,
  SegmentDetail,
  SegmentPreview,
  SegmentSummary,
} from '@coalition/contracts';
import { RequirePermission } from '../auth/permissions.decorator';
import { SegmentEvaluationService } from './segment-evaluation.service';
import {
  CreateSegmentDto,
  SegmentContactListDto,
  SegmentDetailDto,
  SegmentIdParamsDto,
  SegmentListQueryDto,
  SegmentListResponseDto,
  SegmentOrganizationListDto,
  SegmentPreviewDto,
  SegmentPreviewRequestDto,
  SegmentResultsQueryDto,
  SegmentVersionedActionDto,
  UpdateSegmentDto,
} from './segments.dto';
import { SegmentsService } from './segments.service';

/** Segments are organizers' tools: every route, reads included, needs "segments.write". */
@ApiTags('segments')
@Controller('segments')
export class SegmentsController {
  constructor(
    private readonly segments: SegmentsService,
    private readonly evaluation: SegmentEvaluationService,
  ) {}

  /** A read sent as POST because a filter tree does not fit a query string; not audited. */
  @Post('preview')
  @RequirePermission('segments.write')
  @HttpCode(200)
  @ApiOkResponse({ type: SegmentPreviewDto.Output, description: 'Counts and first page of organizations and contacts' })
  preview(@Body() body: SegmentPreviewRequestDto): Promise<SegmentPreview> {
    return this.evaluation.preview(body.filter, { page: body.page, pageSize: body.pageSize });
  }

  @Get()
  @RequirePermission('segments.write')
  @ApiOkResponse({ type: SegmentListResponseDto.Output, description: 'My segments and the shared ones, counted live' })
  list(@Query() query: SegmentListQueryDto): Promise<ListResponse<SegmentSummary>> {
    return this.segments.list(query);
  }

  @Post()
  @RequirePermission('segments.write')
  @ApiCreatedResponse({ type: SegmentDetailDto.Output })
  @ApiConflictResponse({ description: 'You already have a segment with this name' })
  create(@Body() body: CreateSegmentDto): Promise<SegmentDetail> {
    return this.segments.create(body);
  }

  @Get(':id')
  @RequirePermission('segments.write')
  @ApiOkResponse({ type: SegmentDetailDto.Output, description: 'The segment, counted live, with its daily counts' })
  @ApiNotFoundResponse({ description: 'No such segment, or a private segment of someone else' })
  get(@Param() params: SegmentIdParamsDto): Promise<SegmentDetail> {
    return this.segments.get(params.id);
  }

  @Patch(':id')
  @RequirePermission('segments.write')
  @ApiOkResponse({ type: SegmentDetailDto.Output })
  @ApiForbiddenResponse({ description: 'A shared segment of someone else' })
  @ApiConflictResponse({ description: 'Stale version (the body carries the current segment) or duplicate name' })
  update(@Param() params: SegmentIdParamsDto, @Body() body: UpdateSegmentDto): Promise<SegmentDetail> {
    return this.segments.update(params.id, body);
  }

  @Post(':id/archive')
  @RequirePermission('segments.write')
  @HttpCode(200)
  @ApiOkResponse({ type: SegmentDetailDto.Output })
  archive(@Param() params: SegmentIdParamsDto, @Body() body: SegmentVersionedActionDto): Promise<SegmentDetail> {
    return this.segments.setArchived(params.id, body.version, true);
  }

  @Post(':id/restore')
  @RequirePermission('segments.write')
  @HttpCode(200)
  @ApiOkResponse({ type: SegmentDetailDto.Output })
  restore(@Param() params: SegmentIdParamsDto, @Body() body: SegmentVersionedActionDto): Promise<SegmentDetail> {
    return this.segments.setArchived(params.id, body.version, false);
  }

  @Get(':id/organizations')
  @RequirePermission('segments.write')
  @ApiOkResponse({ type: SegmentOrganizationListDto.Output, description: 'One page of the organizations, evaluated now' })
  organizations(
    @Param() params: SegmentIdParamsDto,
    @Query() query: SegmentResultsQueryDto,
  ): Promise<ListResponse<OrganizationSummary>> {
    return this.segments.organizations(params.id, query);
  }

  @Get(':id/contacts')
  @RequirePermission('segments.write')
  @ApiOkResponse({ type: SegmentContactListDto.Output, description: 'One page of the contacts, evaluated now' })
  contacts(@Param() params: SegmentIdParamsDto, @Query() query: SegmentResultsQueryDto): Promise<ListResponse<ContactSummary>> {
    return this.segments.contacts(params.id, query);
  }
}
