import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { EngagementBreakdown, EngagementRecomputeResult, EngagementSettings } from '@coalition/contracts';
import { RequirePermission } from '../auth/permissions.decorator';
import {
  EngagementBreakdownDto,
  EngagementRecomputeRequestDto,
  EngagementRecomputeResultDto,
  EngagementSettingsDto,
  EngagementSubjectParamsDto,
} from './reports.dto';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@Controller('reports/engagement')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  // members.read: the organization's and the person's pages explain their score to everyone.
  @Get('organizations/:id')
  @RequirePermission('members.read')
  @ApiOkResponse({ type: EngagementBreakdownDto.Output, description: "The organization's score, band and components" })
  @ApiNotFoundResponse({ description: 'No current organization has this id' })
  organization(@Param() params: EngagementSubjectParamsDto): Promise<EngagementBreakdown> {
    return this.reports.breakdown('organization', params.id);
  }

  @Get('contacts/:id')
  @RequirePermission('members.read')
  @ApiOkResponse({ type: EngagementBreakdownDto.Output, description: "The person's score, band and components" })
  @ApiNotFoundResponse({ description: 'No current contact has this id' })
  contact(@Param() params: EngagementSubjectParamsDto): Promise<EngagementBreakdown> {
    return this.reports.breakdown('contact', params.id);
  }

  @Post('recompute')
  @HttpCode(200)
  @RequirePermission('reports.read')
  @ApiOkResponse({ type: EngagementRecomputeResultDto.Output, description: 'How many organizations and contacts were scored' })
  recompute(@Body() body: EngagementRecomputeRequestDto): Promise<EngagementRecomputeResult> {
    // No options yet: the body is only validated, so a stray field is refused (400).
    void body;
    return this.reports.recompute();
  }

  @Get('settings')
  @RequirePermission('reports.read')
  @ApiOkResponse({ type: EngagementSettingsDto.Output })
  settings(): Promise<EngagementSettings> {
    return this.reports.engagementSettings();
  }

  @Put('settings')
  @RequirePermission('users.manage')
  @ApiOkResponse({ type: EngagementSettingsDto.Output, description: 'Saved; every score recomputed with them' })
  @ApiBadRequestResponse({ description: 'A field out of range, or thresholds that do not descend core > active > occasional > 0' })
  updateSettings(@Body() body: EngagementSettingsDto): Promise<EngagementSettings> {
    return this.reports.updateEngagementSettings(body);
  }
}
