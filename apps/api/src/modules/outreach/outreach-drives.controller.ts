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
  Assignment,
  AssignmentResult,
  CommitmentListResponse,
  DriveDetail,
  DriveSummary,
  ListResponse,
  NextTargetResponse,
  Target,
} from '@coalition/contracts';
import { RequirePermission } from '../auth/permissions.decorator';
import {
  AssignmentDto,
  AssignmentResultDto,
  CommitmentListQueryDto,
  CommitmentListResponseDto,
  CreateDriveDto,
  DriveDetailDto,
  DriveIdParamsDto,
  DriveListQueryDto,
  DriveListResponseDto,
  DriveVersionedActionDto,
  NextTargetQueryDto,
  NextTargetResponseDto,
  TargetListQueryDto,
  TargetListResponseDto,
  UpdateDriveDto,
} from './outreach.dto';
import { OutreachDrivesService } from './outreach-drives.service';
import { OutreachTargetsService } from './outreach-targets.service';

/** Drives are read by everyone with "members.read"; working one needs "outreach.write". */
@ApiTags('outreach')
@Controller('outreach/drives')
export class OutreachDrivesController {
  constructor(
    private readonly drives: OutreachDrivesService,
    private readonly targets: OutreachTargetsService,
  ) {}

  @Get()
  @RequirePermission('members.read')
  @ApiOkResponse({ type: DriveListResponseDto.Output, description: 'One page of drives, latest start first, with progress' })
  list(@Query() query: DriveListQueryDto): Promise<ListResponse<DriveSummary>> {
    return this.drives.list(query);
  }

  @Post()
  @RequirePermission('outreach.write')
  @ApiCreatedResponse({ type: DriveDetailDto.Output, description: "The drive with its targets: the segment's reachable contacts, now" })
  @ApiBadRequestResponse({ description: 'segmentId unknown, private to someone else, or selecting nobody reachable; organizers who cannot run outreach' })
  create(@Body() body: CreateDriveDto): Promise<DriveDetail> {
    return this.drives.create(body);
  }

  @Get(':id')
  @RequirePermission('members.read')
  @ApiOkResponse({ type: DriveDetailDto.Output, description: 'The drive with its progress, by organizer and by outcome' })
  @ApiNotFoundResponse({ description: 'No drive has this id' })
  get(@Param() params: DriveIdParamsDto): Promise<DriveDetail> {
    return this.drives.get(params.id);
  }

  @Patch(':id')
  @RequirePermission('outreach.write')
  @ApiOkResponse({ type: DriveDetailDto.Output })
  @ApiConflictResponse({ description: 'Stale version (the body carries the current drive)' })
  update(@Param() params: DriveIdParamsDto, @Body() body: UpdateDriveDto): Promise<DriveDetail> {
    return this.drives.update(params.id, body);
  }

  @Post(':id/archive')
  @RequirePermission('outreach.write')
  @HttpCode(200)
  @ApiOkResponse({ type: DriveDetailDto.Output })
  archive(@Param() params: DriveIdParamsDto, @Body() body: DriveVersionedActionDto): Promise<DriveDetail> {
    return this.drives.setArchived(params.id, body.version, true);
  }

  @Post(':id/restore')
  @RequirePermission('outreach.write')
  @HttpCode(200)
  @ApiOkResponse({ type: DriveDetailDto.Output })
  restore(@Param() params: DriveIdParamsDto, @Body() body: DriveVersionedActionDto): Promise<DriveDetail> {
    return this.drives.setArchived(params.id, body.version, false);
  }

  @Post(':id/assignments')
  @RequirePermission('outreach.write')
  @HttpCode(200)
  @ApiOkResponse({ type: AssignmentResultDto.Output, description: 'How many targets were given out' })
  @ApiBadRequestResponse({ description: 'An organizer who cannot run outreach, or targets of another drive' })
  @ApiConflictResponse({ description: 'The drive is archived' })
  assign(@Param() params: DriveIdParamsDto, @Body() body: AssignmentDto): Promise<AssignmentResult> {
    return this.drives.assign(params.id, body as Assignment);
  }

  @Get(':id/targets')
  @RequirePermission('outreach.write')
  @ApiOkResponse({ type: TargetListResponseDto.Output, description: 'One page of targets, in contact name order' })
  targetList(@Param() params: DriveIdParamsDto, @Query() query: TargetListQueryDto): Promise<ListResponse<Target>> {
    return this.targets.list(params.id, query);
  }

  @Get(':id/next')
  @RequirePermission('outreach.write')
  @ApiOkResponse({ type: NextTargetResponseDto.Output, description: "The caller's next target and the size of their queue" })
  next(@Param() params: DriveIdParamsDto, @Query() query: NextTargetQueryDto): Promise<NextTargetResponse> {
    return this.targets.next(params.id, query.skip);
  }

  @Get(':id/commitments')
  @RequirePermission('members.read')
  @ApiOkResponse({ type: CommitmentListResponseDto.Output, description: 'Targets whose latest outcome is a commitment, newest first' })
  commitments(@Param() params: DriveIdParamsDto, @Query() query: CommitmentListQueryDto): Promise<CommitmentListResponse> {
    return this.targets.commitments(params.id, query);
  }
}
