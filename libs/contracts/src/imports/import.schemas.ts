import { z } from 'zod';
import { enumOf } from '../common/enums';
import { idSchema } from '../common/ids';
import { listResponseSchema, pageQueryShape } from '../common/pagination';
import { requiredText } from '../common/fields';
import { IMPORT_KINDS, importMappingSchema } from './import-fields';

/*
 * An import (docs/imports.md): upload a file → the columns are guessed → the person confirms the
 * mapping → every row is classified (preview; nothing written) → they choose per class what to
 * do → a background job writes the rows in batches, with progress → a summary and a CSV of the
 * rows that failed.
 */

export const IMPORT_STATUSES = ['uploaded', 'previewed', 'queued', 'running', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** What the preview says a row would do. */
export const ROW_CLASSES = ['new', 'update', 'duplicate', 'invalid'] as const;
export type RowClass = (typeof ROW_CLASSES)[number];
export const ROW_CLASS_LABELS: Record<RowClass, string> = {
  new: 'New',
  update: 'Updates an existing record',
  duplicate: 'Duplicate of an earlier row in the file',
  invalid: 'Invalid',
};

/** `POST /imports` (multipart): the file, and what it holds. */
export const createImportSchema = z.strictObject({ kind: enumOf(IMPORT_KINDS) });
export type CreateImportInput = z.infer<typeof createImportSchema>;

/** `PUT /imports/:id/mapping`: the confirmed mapping; answers the preview. */
export const importMappingInputSchema = importMappingSchema;

/**
 * `POST /imports/:id/run`: what to do with each class. New rows are created or skipped,
 * updates applied (filling and replacing the mapped fields) or skipped; duplicates and invalid
 * rows are never written (they go to the failures file).
 */
export const runImportSchema = z.strictObject({
  new: enumOf(['create', 'skip']).default('create'),
  update: enumOf(['update', 'skip']).default('update'),
});
export type RunImportInput = z.infer<typeof runImportSchema>;

export const rowProblemSchema = z.object({ field: z.string(), message: z.string() });
export type RowProblem = z.infer<typeof rowProblemSchema>;

/** A near match offered for review (never merged silently): same normalized name elsewhere, etc. */
export const rowMatchSchema = z.object({
  id: idSchema,
  label: z.string(),
  /** Why it matched: "same email", "same phone", "same name at the same organization", "same name and city". */
  reason: z.string(),
});
export type RowMatch = z.infer<typeof rowMatchSchema>;

export const importRowSchema = z.object({
  /** 1-based line of the data (the header is row 0). */
  rowNumber: z.number().int(),
  cells: z.array(z.string()),
  class: enumOf(ROW_CLASSES),
  problems: z.array(rowProblemSchema),
  /** The record it updates (class update). */
  match: rowMatchSchema.nullable(),
  /** Similar records to look at (never merged). */
  nearMatches: z.array(rowMatchSchema),
  /** The earlier row it repeats (class duplicate). */
  duplicateOf: z.number().int().nullable(),
  /** After the run: created, updated, skipped or failed (with problems). */
  outcome: enumOf(['created', 'updated', 'skipped', 'failed']).nullable(),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importRowQuerySchema = z.strictObject({
  class: enumOf(ROW_CLASSES).optional(),
  ...pageQueryShape,
});
export type ImportRowQuery = z.infer<typeof importRowQuerySchema>;
export type ImportRowParams = z.input<typeof importRowQuerySchema>;
export const importRowListSchema = listResponseSchema(importRowSchema);
export type ImportRowList = z.infer<typeof importRowListSchema>;

export const importCountsSchema = z.object(
  Object.fromEntries(ROW_CLASSES.map((c) => [c, z.number().int()])) as Record<RowClass, z.ZodNumber>,
);
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const importSummarySchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const importDetailSchema = z.object({
  id: idSchema,
  kind: enumOf(IMPORT_KINDS),
  fileName: z.string(),
  format: enumOf(['csv', 'xlsx']),
  /** As detected: utf-8, utf-16le, utf-16be, windows-1252. */
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  headers: z.array(z.string()),
  /** The first rows, for the mapping step. */
  sample: z.array(z.array(z.string())),
  rowCount: z.number().int(),
  /** Guessed at upload, then the one confirmed. */
  mapping: importMappingSchema,
  status: enumOf(IMPORT_STATUSES),
  /** Rows per class once previewed. */
  counts: importCountsSchema.nullable(),
  /** Rows written so far while running. */
  processed: z.number().int(),
  summary: importSummarySchema.nullable(),
  error: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});
export type ImportDetail = z.infer<typeof importDetailSchema>;

export const importListQuerySchema = z.strictObject({ ...pageQueryShape });
export const importListSchema = listResponseSchema(importDetailSchema.omit({ sample: true, headers: true }));
export type ImportList = z.infer<typeof importListSchema>;

/** A mapping saved under a name, offered again for files with the same headers. */
export const savedMappingInputSchema = z.strictObject({
  name: requiredText(120),
  kind: enumOf(IMPORT_KINDS),
  headers: z.array(z.string()).max(200),
  mapping: importMappingSchema,
});
export type SavedMappingInput = z.infer<typeof savedMappingInputSchema>;
export const savedMappingSchema = savedMappingInputSchema.extend({ id: idSchema, createdAt: z.iso.datetime() });
export type SavedMapping = z.infer<typeof savedMappingSchema>;
/** `GET /imports/mappings`: saved mappings by name, of one kind if asked. */
export const savedMappingQuerySchema = z.strictObject({ kind: enumOf(IMPORT_KINDS).optional(), ...pageQueryShape });
export type SavedMappingQuery = z.infer<typeof savedMappingQuerySchema>;
export const savedMappingListSchema = listResponseSchema(savedMappingSchema);
export type SavedMappingList = z.infer<typeof savedMappingListSchema>;
