import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { SegmentEmailsResponse } from '@coalition/contracts';
import { XLSX_CONTENT_TYPE } from '../../common/xlsx-export';
import { RequirePermission } from '../auth/permissions.decorator';
import { SegmentEmailsResponseDto, SegmentExportQueryDto } from './segment-export.dto';
import { SegmentExportService } from './segment-export.service';
import { SegmentIdParamsDto } from './segments.dto';

/**
 * Exports of a segment's contacts. They need "exports.run", not "segments.write": leadership
 * may export the shared segments organizers made. Private segments of others stay 404.
 */
@ApiTags('segments')
@Controller('segments')
export class SegmentExportController {
  constructor(private readonly exports: SegmentExportService) {}

  @Get(':id/export')
  @RequirePermission('exports.run')
  @ApiProduces('text/csv', XLSX_CONTENT_TYPE)
  @ApiOkResponse({ description: "The segment's contacts suited to the purpose, one row each, as CSV or XLSX (audited)" })
  @ApiNotFoundResponse({ description: 'No such segment, or a private segment of someone else' })
  export(@Param() params: SegmentIdParamsDto, @Query() query: SegmentExportQueryDto, @Res() res: Response): Promise<void> {
    return this.exports.export(params.id, query, res);
  }

  @Get(':id/emails')
  @RequirePermission('exports.run')
  @ApiOkResponse({ type: SegmentEmailsResponseDto.Output, description: 'Addresses of the contacts who consented to email (audited)' })
  @ApiNotFoundResponse({ description: 'No such segment, or a private segment of someone else' })
  emails(@Param() params: SegmentIdParamsDto): Promise<SegmentEmailsResponse> {
    return this.exports.emails(params.id);
  }
}
