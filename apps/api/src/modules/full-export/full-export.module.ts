import { Module } from '@nestjs/common';
import { FullExportController } from './full-export.controller';
import { FullExportService } from './full-export.service';

/** Full export (backup) of every table of member data; the restore is a command (cli/restore.ts). */
@Module({
  controllers: [FullExportController],
  providers: [FullExportService],
})
export class FullExportModule {}
