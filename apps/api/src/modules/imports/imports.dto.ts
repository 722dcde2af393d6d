import { createZodDto } from 'nestjs-zod';
import {
  createImportSchema,
  idParamSchema,
  importDetailSchema,
  importListQuerySchema,
  importListSchema,
  importMappingInputSchema,
  importRowListSchema,
  importRowQuerySchema,
  runImportSchema,
  savedMappingInputSchema,
  savedMappingListSchema,
  savedMappingQuerySchema,
  savedMappingSchema,
} from '@coalition/contracts';

// Thin wrappers so Nest's pipes and the OpenAPI document see the shared zod schemas.
export class CreateImportDto extends createZodDto(createImportSchema) {}
export class ImportIdParamsDto extends createZodDto(idParamSchema) {}
export class ImportDetailDto extends createZodDto(importDetailSchema) {}
export class ImportListQueryDto extends createZodDto(importListQuerySchema) {}
export class ImportListDto extends createZodDto(importListSchema) {}
export class ImportMappingDto extends createZodDto(importMappingInputSchema) {}
export class ImportRowQueryDto extends createZodDto(importRowQuerySchema) {}
export class ImportRowListDto extends createZodDto(importRowListSchema) {}
export class RunImportDto extends createZodDto(runImportSchema) {}
export class SavedMappingInputDto extends createZodDto(savedMappingInputSchema) {}
export class SavedMappingDto extends createZodDto(savedMappingSchema) {}
export class SavedMappingQueryDto extends createZodDto(savedMappingQuerySchema) {}
export class SavedMappingListDto extends createZodDto(savedMappingListSchema) {}
