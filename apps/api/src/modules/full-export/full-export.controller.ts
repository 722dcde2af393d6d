import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequirePermission } from '../auth/permissions.decorator';
import { FullExportService } from './full-export.service';

@ApiTags('full-export')
@Controller('full-export')
export class FullExportController {
  constructor(private readonly fullExport: FullExportService) {}

  @Get()
  @RequirePermission('backup.run')
  @ApiProduces('application/zip')
  @ApiOkResponse({
    description:
      'Every table of member data, one CSV each, with manifest.json, as coalition-export-YYYY-MM-DD.zip (audited; see docs/full-export.md)',
  })
  download(@Res() res: Response): Promise<void> {
    return this.fullExport.download(res);
  }
}
