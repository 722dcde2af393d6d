import { createZodDto } from 'nestjs-zod';
import {
  acceptInvitationSchema,
  changePasswordSchema,
  createUserSchema,
  idParamSchema,
  invitationResponseSchema,
  loginSchema,
  meResponseSchema,
  updateUserSchema,
  userListQuerySchema,
  userListResponseSchema,
  userSchema,
} from '@coalition/contracts';

export class LoginDto extends createZodDto(loginSchema) {}
export class MeResponseDto extends createZodDto(meResponseSchema) {}
export class ChangePasswordDto extends createZodDto(changePasswordSchema) {}
export class AcceptInvitationDto extends createZodDto(acceptInvitationSchema) {}
export class UserListQueryDto extends createZodDto(userListQuerySchema) {}
export class UserListResponseDto extends createZodDto(userListResponseSchema) {}
export class UserDto extends createZodDto(userSchema) {}
export class CreateUserDto extends createZodDto(createUserSchema) {}
export class UpdateUserDto extends createZodDto(updateUserSchema) {}
export class InvitationResponseDto extends createZodDto(invitationResponseSchema) {}
export class UserIdParamsDto extends createZodDto(idParamSchema) {}
