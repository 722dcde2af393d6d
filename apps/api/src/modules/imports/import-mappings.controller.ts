import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { ListResponse, SavedMapping } from '@coalition/contracts';
import { RequirePermission } from '../auth/permissions.decorator';
import {
  ImportIdParamsDto,
  SavedMappingDto,
  SavedMappingInputDto,
  SavedMappingListDto,
  SavedMappingQueryDto,
} from './imports.dto';
import { ImportMappingsService } from './import-mappings.service';

/** Saved mappings. Registered before the imports' controller, so /imports/mappings is not read as an import id. */
@ApiTags('imports')
@Controller('imports/mappings')
export class ImportMappingsController {
  constructor(private readonly mappings: ImportMappingsService) {}

  @Get()
  @RequirePermission('imports.run')
  @ApiOkResponse({
    type: SavedMappingListDto.Output,
    description: 'Saved mappings by name, of one kind if asked',
  })
  list(@Query() query: SavedMappingQueryDto): Promise<ListResponse<SavedMapping>> {
    return this.mappings.list(query);
  }

  @Post()
  @RequirePermission('imports.run')
  @ApiCreatedResponse({ type: SavedMappingDto.Output })
  @ApiConflictResponse({ description: 'A mapping of this kind is already saved under this name' })
  create(@Body() body: SavedMappingInputDto): Promise<SavedMapping> {
    return this.mappings.create(body);
  }

  @Delete(':id')
  @RequirePermission('imports.run')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse({ description: 'No such saved mapping' })
  delete(@Param() params: ImportIdParamsDto): Promise<void> {
    return this.mappings.delete(params.id);
  }
}
