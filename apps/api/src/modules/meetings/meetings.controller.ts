import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type {
  ActionItem,
  ActionItemListResponse,
  AttendeeSearchResponse,
  ConfirmSheet,
  ListResponse,
  MeetingDetail,
  MeetingHistoryResponse,
  MeetingSummary,
  SignInSheetResponse,
  WalkInCheckResponse,
} from '@coalition/contracts';
import { RequirePermission } from '../auth/permissions.decorator';
import { ActionItemsService } from './action-items.service';
import { MeetingHistoryService } from './meeting-history.service';
import { MeetingPeopleService } from './meeting-people.service';
import {
  ActionItemDto,
  ActionItemListQueryDto,
  ActionItemListResponseDto,
  ActionItemParamsDto,
  AddAttendanceDto,
  AttendanceParamsDto,
  AttendeeSearchQueryDto,
  AttendeeSearchResponseDto,
  ConfirmSheetDto,
  CreateActionItemDto,
  CreateMeetingDto,
  MeetingDetailDto,
  MeetingHistoryQueryDto,
  MeetingHistoryResponseDto,
  MeetingIdParamsDto,
  MeetingListQueryDto,
  MeetingListResponseDto,
  MeetingVersionedActionDto,
  SetAttendanceDto,
  SignInSheetDto,
  SignInSheetResponseDto,
  UpdateActionItemDto,
  UpdateMeetingDto,
  WalkInCheckDto,
  WalkInCheckResponseDto,
} from './meetings.dto';
import { MeetingsService } from './meetings.service';

const ATTENDANCE_REFUSED =
  'A person unknown or archived ("is archived: restore the person first"), or an organization they were never affiliated with: the field is named, nothing is written';

/** Meetings are read with "members.read" (emails and phones stripped without contacts.details); written with "meetings.write". */
@ApiTags('meetings')
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly items: ActionItemsService,
    private readonly people: MeetingPeopleService,
    private readonly history: MeetingHistoryService,
  ) {}

  // Fixed paths first, so they are not taken for a meeting id.
  @Get('people')
  @RequirePermission('members.read')
  @ApiOkResponse({ type: AttendeeSearchResponseDto.Output, description: 'People by any part of a name, an email or phone digits; organizations by name with their people' })
  search(@Query() query: AttendeeSearchQueryDto): Promise<AttendeeSearchResponse> {
    return this.people.search(query);
  }

  @Post('walk-in-check')
  @RequirePermission('members.read')
  @HttpCode(200)
  @ApiOkResponse({ type: WalkInCheckResponseDto.Output, description: 'Likely duplicates (a read: nothing is written)' })
  walkInCheck(@Body() body: WalkInCheckDto): Promise<WalkInCheckResponse> {
    return this.people.walkInCheck(body);
  }

  @Get('history')
  @RequirePermission('members.read')
  @ApiOkResponse({ type: MeetingHistoryResponseDto.Output, description: "A person's or an organization's meetings, newest first, with the attendance rate" })
  @ApiNotFoundResponse({ description: 'No such contact or organization' })
  historyOf(@Query() query: MeetingHistoryQueryDto): Promise<MeetingHistoryResponse> {
    return this.history.find(query);
  }

  @Get('action-items')
  @RequirePermission('members.read')
  @ApiOkResponse({ type: ActionItemListResponseDto.Output, description: 'Open action items by due date (undated last)' })
  actionItems(@Query() query: ActionItemListQueryDto): Promise<ActionItemListResponse> {
    return this.items.list(query);
  }

  @Get()
  @RequirePermission('members.read')
  @ApiOkResponse({ type: MeetingListResponseDto.Output, description: 'One page of meetings, latest first unless sorted otherwise' })
  list(@Query() query: MeetingListQueryDto): Promise<ListResponse<MeetingSummary>> {
    return this.meetings.list(query);
  }

  @Post()
  @RequirePermission('meetings.write')
  @ApiCreatedResponse({ type: MeetingDetailDto.Output, description: 'The meeting, with its attendance and action items, written in one transaction' })
  @ApiBadRequestResponse({ description: ATTENDANCE_REFUSED })
  create(@Body() body: CreateMeetingDto): Promise<MeetingDetail> {
    return this.meetings.create(body);
  }

  @Get(':id')
  @RequirePermission('members.read')
  @ApiOkResponse({ type: MeetingDetailDto.Output })
  @ApiNotFoundResponse({ description: 'No meeting has this id' })
  get(@Param() params: MeetingIdParamsDto): Promise<MeetingDetail> {
    return this.meetings.get(params.id);
  }

  @Patch(':id')
  @RequirePermission('meetings.write')
  @ApiOkResponse({ type: MeetingDetailDto.Output })
  @ApiConflictResponse({ description: 'Stale version (the body carries the current meeting)' })
  update(@Param() params: MeetingIdParamsDto, @Body() body: UpdateMeetingDto): Promise<MeetingDetail> {
    return this.meetings.update(params.id, body);
  }

  @Post(':id/archive')
  @RequirePermission('meetings.write')
  @HttpCode(200)
  @ApiOkResponse({ type: MeetingDetailDto.Output })
  archive(@Param() params: MeetingIdParamsDto, @Body() body: MeetingVersionedActionDto): Promise<MeetingDetail> {
    return this.meetings.setArchived(params.id, body.version, true);
  }

  @Post(':id/restore')
  @RequirePermission('meetings.write')
  @HttpCode(200)
  @ApiOkResponse({ type: MeetingDetailDto.Output })
  restore(@Param() params: MeetingIdParamsDto, @Body() body: MeetingVersionedActionDto): Promise<MeetingDetail> {
    return this.meetings.setArchived(params.id, body.version, false);
  }

  @Post(':id/attendance')
  @RequirePermission('meetings.write')
  @HttpCode(200)
  @ApiOkResponse({ type: MeetingDetailDto.Output, description: 'Everyone recorded, in one transaction; someone already there has their row changed' })
  @ApiBadRequestResponse({ description: ATTENDANCE_REFUSED })
  addAttendance(@Param() params: MeetingIdParamsDto, @Body() body: AddAttendanceDto): Promise<MeetingDetail> {
    return this.meetings.addAttendance(params.id, body);
  }

  @Put(':id/attendance/:contactId')
  @RequirePermission('meetings.write')
  @ApiOkResponse({ type: MeetingDetailDto.Output, description: "The person's one row, added or changed" })
  @ApiBadRequestResponse({ description: ATTENDANCE_REFUSED })
  setAttendance(@Param() params: AttendanceParamsDto, @Body() body: SetAttendanceDto): Promise<MeetingDetail> {
    return this.meetings.setAttendance(params.id, params.contactId, body);
  }

  @Delete(':id/attendance/:contactId')
  @RequirePermission('meetings.write')
  @ApiOkResponse({ type: MeetingDetailDto.Output })
  @ApiNotFoundResponse({ description: 'No such meeting, or the person is not recorded at it' })
  removeAttendance(@Param() params: AttendanceParamsDto): Promise<MeetingDetail> {
    return this.meetings.removeAttendance(params.id, params.contactId);
  }

  @Post(':id/action-items')
  @RequirePermission('meetings.write')
  @ApiCreatedResponse({ type: ActionItemDto.Output })
  createActionItem(@Param() params: MeetingIdParamsDto, @Body() body: CreateActionItemDto): Promise<ActionItem> {
    return this.items.create(params.id, body);
  }

  @Patch(':id/action-items/:itemId')
  @RequirePermission('meetings.write')
  @ApiOkResponse({ type: ActionItemDto.Output })
  @ApiConflictResponse({ description: 'Stale version (the body carries the current item)' })
  updateActionItem(@Param() params: ActionItemParamsDto, @Body() body: UpdateActionItemDto): Promise<ActionItem> {
    return this.items.update(params.id, params.itemId, body);
  }

  @Delete(':id/action-items/:itemId')
  @RequirePermission('meetings.write')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeActionItem(@Param() params: ActionItemParamsDto): Promise<void> {
    return this.items.remove(params.id, params.itemId);
  }

  @Post(':id/sign-in-sheet')
  @RequirePermission('members.read')
  @HttpCode(200)
  @ApiOkResponse({ type: SignInSheetResponseDto.Output, description: 'Each non-blank line matched, ambiguous or new (a read: nothing is written)' })
  matchSheet(@Param() params: MeetingIdParamsDto, @Body() body: SignInSheetDto): Promise<SignInSheetResponse> {
    return this.people.matchSheet(params.id, body.text);
  }

  @Post(':id/sign-in-sheet/confirm')
  @RequirePermission('meetings.write')
  @HttpCode(200)
  @ApiOkResponse({ type: MeetingDetailDto.Output, description: 'New people created and everyone recorded, in one transaction' })
  @ApiBadRequestResponse({ description: ATTENDANCE_REFUSED })
  confirmSheet(@Param() params: MeetingIdParamsDto, @Body() body: ConfirmSheetDto): Promise<MeetingDetail> {
    return this.people.confirmSheet(params.id, body as ConfirmSheet);
  }
}
