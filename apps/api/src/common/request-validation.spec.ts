import { createZodDto } from 'nestjs-zod';
import { organizationListQuerySchema } from '@coalition/contracts';
import { DomainError } from './domain-error';
import { RequestValidationPipe } from './request-validation';

class QueryDto extends createZodDto(organizationListQuerySchema) {}

describe('RequestValidationPipe', () => {
  const pipe = new RequestValidationPipe();
  const asQuery = (value: unknown) => pipe.transform(value, { type: 'query', metatype: QueryDto });

  it('returns parsed values with defaults applied', () => {
    expect(asQuery({ page: '2', kind: 'school' })).toEqual({ page: 2, pageSize: 25, sort: 'name', kind: ['school'] });
  });

  it('leaves parameters without a zod DTO untouched', () => {
    expect(pipe.transform('raw', { type: 'param', metatype: String })).toBe('raw');
  });

  it('throws one invalid error naming every bad field and where it was', () => {
    let caught: unknown;
    try {
      asQuery({ page: '0', kind: ['school', 'spaceship'], extra: '1' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    const error = caught as DomainError;
    expect(error.kind).toBe('invalid');
    expect(error.fields?.map((f) => f.path).sort()).toEqual(['extra', 'kind', 'page']);
    expect(error.message).toContain('query parameter page: must be 1 or more');
  });
});
