import type { FieldError, ImportStatus } from '@coalition/contracts';
import { DomainError } from '../../common/domain-error';

export function importNotFound(id: string): DomainError {
  return new DomainError('not_found', 'import_not_found', `No import has the id ${id}`);
}

export function savedMappingNotFound(id: string): DomainError {
  return new DomainError(
    'not_found',
    'import_mapping_not_found',
    `No saved mapping has the id ${id}`,
  );
}

/** A mapping that does not fit its kind or its file: unknown field, a field twice, a required one missing. */
export function importMappingInvalid(fields: FieldError[]): DomainError {
  return new DomainError(
    'invalid',
    'import_mapping_invalid',
    fields.map((f) => `${f.path}: ${f.message}`).join('; '),
    fields,
  );
}

export function importFileMissing(): DomainError {
  return new DomainError(
    'invalid',
    'import_file_missing',
    'Attach the file to import in the "file" field',
    [{ path: 'file', message: 'is required: attach a CSV or XLSX file' }],
  );
}

/** The step asked for does not fit where the import stands (e.g. running it twice). */
export function importWrongStatus(status: ImportStatus, wanted: string): DomainError {
  return new DomainError('conflict', 'import_wrong_status', `This import is ${status}; ${wanted}`, [
    { path: 'status', message: `is ${status}` },
  ]);
}

export function savedMappingDuplicate(name: string): DomainError {
  return new DomainError(
    'conflict',
    'import_mapping_duplicate',
    `A mapping of this kind is already saved as "${name}"`,
    [{ path: 'name', message: 'is already the name of a saved mapping of this kind' }],
  );
}

export function savedMappingUnknown(name: string): DomainError {
  return new DomainError(
    'invalid',
    'import_mapping_unknown',
    `No mapping of this kind is saved as "${name}"`,
    [{ path: 'mapping', message: `no saved mapping is named "${name}"` }],
  );
}
