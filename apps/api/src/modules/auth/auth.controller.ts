import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { MeResponse } from '@coalition/contracts';
import { currentContext } from '../../common/request-context';
import { AcceptInvitationDto, ChangePasswordDto, LoginDto, MeResponseDto } from './auth.dto';
import { AuthService } from './auth.service';
import { Public, RequirePermission } from './permissions.decorator';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: MeResponseDto.Output, description: 'Signed in; the session cookie is set' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts for this account or address' })
  async login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<MeResponse> {
    const { token, me } = await this.auth.login(body);
    setSessionCookie(req, res, token, new Date(me.expiresAt));
    return me;
  }

  @Post('accept-invitation')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: MeResponseDto.Output, description: 'Password chosen; signed in' })
  async acceptInvitation(@Body() body: AcceptInvitationDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<MeResponse> {
    const { token, me } = await this.auth.acceptInvitation(body);
    setSessionCookie(req, res, token, new Date(me.expiresAt));
    return me;
  }

  @Get('me')
  @RequirePermission('members.read')
  @ApiOkResponse({ type: MeResponseDto.Output })
  me(): MeResponse {
    return this.auth.me();
  }

  @Post('logout')
  @RequirePermission('members.read')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out; this session can no longer be used' })
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const sessionId = currentContext()?.actor?.sessionId;
    if (sessionId) await this.auth.logout(sessionId);
    clearSessionCookie(req, res);
  }

  @Post('password')
  @RequirePermission('members.read')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Password changed; other sessions signed out' })
  changePassword(@Body() body: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(body);
  }
}
