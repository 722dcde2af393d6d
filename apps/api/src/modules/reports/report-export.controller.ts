import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequirePermission } from '../auth/permissions.decorator';
import { ActivityQueryDto, BreakdownParamsDto, DriftingQueryDto, KpiQueryDto } from './report.dto';
import { ReportExportService } from './report-export.service';

/**
 * Every report as a CSV download (docs/reports.md), with the same parameters as its JSON route.
 * "exports.run", like every export of member data; each download is audited.
 */
@ApiTags('reports')
@Controller('reports')
export class ReportExportController {
  constructor(private readonly exports: ReportExportService) {}

  @Get('kpis/export')
  @RequirePermission('exports.run')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One row per KPI (audited)' })
  kpis(@Query() query: KpiQueryDto, @Res() res: Response): Promise<void> {
    return this.exports.kpis(query, res);
  }

  @Get('drifting/export')
  @RequirePermission('exports.run')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One row per drifting member (audited)' })
  drifting(@Query() query: DriftingQueryDto, @Res() res: Response): Promise<void> {
    return this.exports.drifting(query, res);
  }

  @Get('coverage/export')
  @RequirePermission('exports.run')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One row per issue (audited)' })
  coverage(@Res() res: Response): Promise<void> {
    return this.exports.coverage(res);
  }

  @Get('campaigns/export')
  @RequirePermission('exports.run')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One row per campaign goal (audited)' })
  campaigns(@Res() res: Response): Promise<void> {
    return this.exports.campaigns(res);
  }

  @Get('breakdowns/:dimension/export')
  @RequirePermission('exports.run')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One row per value of the dimension, then all members (audited)' })
  breakdown(@Param() params: BreakdownParamsDto, @Res() res: Response): Promise<void> {
    return this.exports.breakdown(params.dimension, res);
  }

  @Get('activity/export')
  @RequirePermission('exports.run')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One row per month or quarter (audited)' })
  activity(@Query() query: ActivityQueryDto, @Res() res: Response): Promise<void> {
    return this.exports.activity(query, res);
  }
}
