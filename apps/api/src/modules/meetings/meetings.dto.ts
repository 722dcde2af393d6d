import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  actionItemListQuerySchema,
  actionItemListResponseSchema,
  actionItemSchema,
  addAttendanceSchema,
  attendeeSearchQuerySchema,
  attendeeSearchResponseSchema,
  confirmSheetSchema,
  createActionItemSchema,
  createMeetingSchema,
  idParamSchema,
  idSchema,
  meetingDetailSchema,
  meetingHistoryQuerySchema,
  meetingHistoryResponseSchema,
  meetingListQuerySchema,
  meetingListResponseSchema,
  setAttendanceSchema,
  signInSheetResponseSchema,
  signInSheetSchema,
  updateActionItemSchema,
  updateMeetingSchema,
  versionedActionSchema,
  walkInCheckResponseSchema,
  walkInCheckSchema,
} from '@coalition/contracts';

// Thin wrappers so Nest's pipes and the OpenAPI document see the shared zod schemas.
export class MeetingIdParamsDto extends createZodDto(idParamSchema) {}
export class AttendanceParamsDto extends createZodDto(z.strictObject({ id: idSchema, contactId: idSchema })) {}
export class ActionItemParamsDto extends createZodDto(z.strictObject({ id: idSchema, itemId: idSchema })) {}
export class MeetingListQueryDto extends createZodDto(meetingListQuerySchema) {}
export class MeetingListResponseDto extends createZodDto(meetingListResponseSchema) {}
export class MeetingDetailDto extends createZodDto(meetingDetailSchema) {}
export class CreateMeetingDto extends createZodDto(createMeetingSchema) {}
export class UpdateMeetingDto extends createZodDto(updateMeetingSchema) {}
export class MeetingVersionedActionDto extends createZodDto(versionedActionSchema) {}
export class AddAttendanceDto extends createZodDto(addAttendanceSchema) {}
export class SetAttendanceDto extends createZodDto(setAttendanceSchema) {}
export class CreateActionItemDto extends createZodDto(createActionItemSchema) {}
export class UpdateActionItemDto extends createZodDto(updateActionItemSchema) {}
export class ActionItemDto extends createZodDto(actionItemSchema) {}
export class ActionItemListQueryDto extends createZodDto(actionItemListQuerySchema) {}
export class ActionItemListResponseDto extends createZodDto(actionItemListResponseSchema) {}
export class AttendeeSearchQueryDto extends createZodDto(attendeeSearchQuerySchema) {}
export class AttendeeSearchResponseDto extends createZodDto(attendeeSearchResponseSchema) {}
export class WalkInCheckDto extends createZodDto(walkInCheckSchema) {}
export class WalkInCheckResponseDto extends createZodDto(walkInCheckResponseSchema) {}
export class SignInSheetDto extends createZodDto(signInSheetSchema) {}
export class SignInSheetResponseDto extends createZodDto(signInSheetResponseSchema) {}
export class MeetingHistoryQueryDto extends createZodDto(meetingHistoryQuerySchema) {}
export class MeetingHistoryResponseDto extends createZodDto(meetingHistoryResponseSchema) {}
/** A union of an existing contact or a new person per entry; read as ConfirmSheet by the controller. */
const ConfirmSheetBody: new () => object = createZodDto(confirmSheetSchema);
export class ConfirmSheetDto extends ConfirmSheetBody {}
