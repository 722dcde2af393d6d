import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CallerList, OutreachActivityResponse, Target } from '@coalition/contracts';
import { RequirePermission } from '../auth/permissions.decorator';
import {
  CallerListDto,
  LogAttemptDto,
  OutreachActivityQueryDto,
  OutreachActivityResponseDto,
  TargetDto,
  TargetIdParamsDto,
} from './outreach.dto';
import { OutreachDrivesService } from './outreach-drives.service';
import { OutreachTargetsService } from './outreach-targets.service';

/** Logging outcomes, the callers list and the outreach history of a person or organization. */
@ApiTags('outreach')
@Controller('outreach')
export class OutreachController {
  constructor(
    private readonly drives: OutreachDrivesService,
    private readonly targets: OutreachTargetsService,
  ) {}

  @Post('targets/:id/attempts')
  @RequirePermission('outreach.write')
  @ApiCreatedResponse({ type: TargetDto.Output, description: 'The target as it now stands, attempts newest first' })
  @ApiNotFoundResponse({ description: 'No target has this id' })
  @ApiConflictResponse({ description: 'The drive is archived' })
  logAttempt(@Param() params: TargetIdParamsDto, @Body() body: LogAttemptDto): Promise<Target> {
    return this.targets.logAttempt(params.id, body);
  }

  @Get('callers')
  @RequirePermission('outreach.write')
  @ApiOkResponse({ type: CallerListDto.Output, description: 'Users who can be given targets, by name' })
  callers(): Promise<CallerList> {
    return this.drives.callers();
  }

  @Get('activity')
  @RequirePermission('members.read')
  @ApiOkResponse({ type: OutreachActivityResponseDto.Output, description: 'Outcomes logged for a contact or an organization, newest first' })
  @ApiNotFoundResponse({ description: 'No such contact or organization' })
  activity(@Query() query: OutreachActivityQueryDto): Promise<OutreachActivityResponse> {
    return this.targets.activity(query);
  }
}
