import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { InvitationResponse, ListResponse, User } from '@coalition/contracts';
import {
  CreateUserDto,
  InvitationResponseDto,
  UpdateUserDto,
  UserDto,
  UserIdParamsDto,
  UserListQueryDto,
  UserListResponseDto,
} from './auth.dto';
import { RequirePermission } from './permissions.decorator';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission('users.manage')
  @ApiOkResponse({ type: UserListResponseDto.Output })
  list(@Query() query: UserListQueryDto): Promise<ListResponse<User>> {
    return this.users.list(query);
  }

  @Post()
  @RequirePermission('users.manage')
  @ApiCreatedResponse({ type: InvitationResponseDto.Output, description: 'User created; the one-time invitation link is shown once' })
  invite(@Body() body: CreateUserDto): Promise<InvitationResponse> {
    return this.users.invite(body);
  }

  @Patch(':id')
  @RequirePermission('users.manage')
  @ApiOkResponse({ type: UserDto.Output })
  update(@Param() params: UserIdParamsDto, @Body() body: UpdateUserDto): Promise<User> {
    return this.users.update(params.id, body);
  }

  @Post(':id/invitation')
  @RequirePermission('users.manage')
  @ApiCreatedResponse({ type: InvitationResponseDto.Output, description: 'A fresh invitation link for a user who has not signed in yet' })
  reinvite(@Param() params: UserIdParamsDto): Promise<InvitationResponse> {
    return this.users.reinvite(params.id);
  }
}
