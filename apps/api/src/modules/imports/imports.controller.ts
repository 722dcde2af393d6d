import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import {
  IMPORT_KINDS,
  type ImportDetail,
  type ImportList,
  type ImportRowList,
} from '@coalition/contracts';
import { RequirePermission } from '../auth/permissions.decorator';
import {
  CreateImportDto,
  ImportDetailDto,
  ImportIdParamsDto,
  ImportListDto,
  ImportListQueryDto,
  ImportMappingDto,
  ImportRowListDto,
  ImportRowQueryDto,
  RunImportDto,
} from './imports.dto';
import { ImportUploadInterceptor, MAX_UPLOAD_MB } from './import-upload.interceptor';
import { ImportsService, type UploadedImportFile } from './imports.service';

/** Imports of organizations, contacts, interests, participation and attendance (docs/imports.md). */
@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @RequirePermission('imports.run')
  @UseInterceptors(ImportUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind'],
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description: 'CSV (any delimiter and encoding) or XLSX',
        },
        kind: { type: 'string', enum: [...IMPORT_KINDS] },
      },
    },
  })
  @ApiCreatedResponse({
    type: ImportDetailDto.Output,
    description:
      'The rows are stored and the mapping guessed (or taken from a mapping saved for the same headers)',
  })
  @ApiPayloadTooLargeResponse({ description: `A file over ${MAX_UPLOAD_MB} MB` })
  upload(
    @UploadedFile() file: UploadedImportFile | undefined,
    @Body() body: CreateImportDto,
  ): Promise<ImportDetail> {
    return this.imports.upload(file, body);
  }

  @Get()
  @RequirePermission('imports.run')
  @ApiOkResponse({ type: ImportListDto.Output, description: 'Imports, newest first' })
  list(@Query() query: ImportListQueryDto): Promise<ImportList> {
    return this.imports.list(query.page, query.pageSize);
  }

  @Get(':id')
  @RequirePermission('imports.run')
  @ApiOkResponse({
    type: ImportDetailDto.Output,
    description: 'The import, with its progress while it runs',
  })
  @ApiNotFoundResponse({ description: 'No such import' })
  get(@Param() params: ImportIdParamsDto): Promise<ImportDetail> {
    return this.imports.get(params.id);
  }

  @Put(':id/mapping')
  @RequirePermission('imports.run')
  @ApiOkResponse({
    type: ImportDetailDto.Output,
    description: 'Every row classified with this mapping (the preview); nothing written',
  })
  @ApiConflictResponse({ description: 'The import is queued, running or done' })
  setMapping(
    @Param() params: ImportIdParamsDto,
    @Body() body: ImportMappingDto,
  ): Promise<ImportDetail> {
    return this.imports.setMapping(params.id, body);
  }

  @Get(':id/rows')
  @RequirePermission('imports.run')
  @ApiOkResponse({
    type: ImportRowListDto.Output,
    description: 'One page of rows, of one class if asked, with their problems, match and outcome',
  })
  rows(
    @Param() params: ImportIdParamsDto,
    @Query() query: ImportRowQueryDto,
  ): Promise<ImportRowList> {
    return this.imports.rows(params.id, query);
  }

  @Post(':id/run')
  @RequirePermission('imports.run')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: ImportDetailDto.Output,
    description: 'Queued: the job writes the rows in batches; follow it with GET /imports/:id',
  })
  @ApiConflictResponse({ description: 'Only a previewed import can run' })
  run(@Param() params: ImportIdParamsDto, @Body() body: RunImportDto): Promise<ImportDetail> {
    return this.imports.run(params.id, body);
  }

  @Get(':id/failures')
  @RequirePermission('imports.run')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'The rows not written (invalid, duplicates, failed), as read, with "Row" and "Problems" columns (audited)',
  })
  failures(@Param() params: ImportIdParamsDto, @Res() res: Response): Promise<void> {
    return this.imports.failures(params.id, res);
  }
}
