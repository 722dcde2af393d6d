import { createZodDto } from 'nestjs-zod';
import { searchQuerySchema, searchResponseSchema } from '@coalition/contracts';

// Thin wrappers so Nest's pipes and the OpenAPI document see the shared zod schemas.
export class SearchQueryDto extends createZodDto(searchQuerySchema) {}
export class SearchResponseDto extends createZodDto(searchResponseSchema) {}
