import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import type { ZodError, ZodType } from 'zod';
import type { FieldError } from '@coalition/contracts';
import { DomainError } from './domain-error';

const LOCATION: Record<ArgumentMetadata['type'], string> = {
  body: 'body field',
  query: 'query parameter',
  param: 'path parameter',
  custom: 'value',
};

function schemaOf(metatype: ArgumentMetadata['metatype']): ZodType | undefined {
  const candidate = metatype as unknown as { isZodDto?: boolean; schema?: ZodType } | undefined;
  return candidate?.isZodDto ? candidate.schema : undefined;
}

export function fieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return { path: [path, ...issue.keys].filter(Boolean).join('.'), message: 'is not a known field' };
    }
    return { path: path || '(root)', message: issue.message };
  });
}

/**
 * Validates every request part declared with a zod DTO (from libs/contracts) and turns a
 * failure into one 400 naming each bad field, e.g. "query parameter pageSize: must be at most 100".
 */
@Injectable()
export class RequestValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const schema = schemaOf(metadata.metatype);
    if (!schema) return value;
    const result = schema.safeParse(value ?? {});
    if (result.success) return result.data;
    // A repeated query parameter is one field for the caller: report `kind`, not `kind.0`.
    const fields = fieldErrors(result.error).map((f) =>
      metadata.type === 'query' ? { ...f, path: f.path.split('.')[0] } : f,
    );
    const where = LOCATION[metadata.type];
    const message = fields.map((f) => `${where} ${f.path}: ${f.message}`).join('; ');
    throw new DomainError('invalid', 'validation_failed', message, fields);
  }
}
