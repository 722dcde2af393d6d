import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type {
  ActivityReport,
  BreakdownReport,
  CampaignReport,
  CoverageReport,
  DriftingReport,
  KpiReport,
} from '@coalition/contracts';
import { RequirePermission } from '../auth/permissions.decorator';
import {
  ActivityQueryDto,
  ActivityReportDto,
  BreakdownParamsDto,
  BreakdownReportDto,
  CampaignReportDto,
  CoverageReportDto,
  DriftingQueryDto,
  DriftingReportDto,
  KpiQueryDto,
  KpiReportDto,
} from './report.dto';
import { ReportService } from './report.service';

/** The leadership reports (docs/reports.md); each has a CSV twin in ReportExportController. */
@ApiTags('reports')
@Controller('reports')
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  @Get('kpis')
  @RequirePermission('reports.read')
  @ApiOkResponse({ type: KpiReportDto.Output, description: 'Each KPI for the period against the previous one' })
  @ApiBadRequestResponse({ description: 'A quarter not written YYYY-Qn, or one that has not started' })
  kpis(@Query() query: KpiQueryDto): Promise<KpiReport> {
    return this.reports.kpis(query);
  }

  @Get('drifting')
  @RequirePermission('reports.read')
  @ApiOkResponse({ type: DriftingReportDto.Output, description: 'Members whose score fell most since `days` ago' })
  drifting(@Query() query: DriftingQueryDto): Promise<DriftingReport> {
    return this.reports.drifting(query);
  }

  @Get('coverage')
  @RequirePermission('reports.read')
  @ApiOkResponse({ type: CoverageReportDto.Output, description: 'Members at each interest level on every current issue' })
  coverage(): Promise<CoverageReport> {
    return this.reports.coverage();
  }

  @Get('campaigns')
  @RequirePermission('reports.read')
  @ApiOkResponse({ type: CampaignReportDto.Output, description: 'Goal progress and members taking part, per campaign' })
  campaigns(): Promise<CampaignReport> {
    return this.reports.campaigns();
  }

  @Get('breakdowns/:dimension')
  @RequirePermission('reports.read')
  @ApiOkResponse({ type: BreakdownReportDto.Output, description: 'Members, contacts, average score and bands per value' })
  breakdown(@Param() params: BreakdownParamsDto): Promise<BreakdownReport> {
    return this.reports.breakdown(params.dimension);
  }

  @Get('activity')
  @RequirePermission('reports.read')
  @ApiOkResponse({ type: ActivityReportDto.Output, description: 'Meetings, attendance and average score per month or quarter' })
  activity(@Query() query: ActivityQueryDto): Promise<ActivityReport> {
    return this.reports.activity(query);
  }
}
