import type { EntityManager } from 'typeorm';
import type { RowMatch, RowProblem } from '@coalition/contracts';
import type { RowOutcome } from '../import-row.entity';

/** A row's parsed values, keyed by import field (parsing/parse-row.ts). */
export type RowValues = Record<string, unknown>;

/** A row on its way through the pipeline: its number in the file and its parsed values. */
export interface StagedRow {
  rowNumber: number;
  values: RowValues;
}

/** A key that identifies the row's record within the file, and the field it comes from. */
export interface FileKey {
  key: string;
  field: string;
  /** "email", "phone", "name and organization": what two rows share when one repeats the other. */
  label: string;
}

/** What the database says about a row: problems with its references, the record it updates, look-alikes. */
export interface Resolution<P> {
  problems: RowProblem[];
  match: RowMatch | null;
  nearMatches: RowMatch[];
  /** What the run needs to write the row; null when it has problems. */
  plan: P | null;
}

export interface WriteItem<P> {
  rowNumber: number;
  plan: P;
}

/** What became of one row in the run, and the record it created or updated. */
export interface WriteResult {
  rowNumber: number;
  outcome: RowOutcome;
  recordId: string | null;
  problems?: RowProblem[];
}

export interface WriteContext {
  /** "Import of members.csv": where consents and notes say they came from. */
  source: string;
}

/**
 * One kind of import (organizations, contacts…): how rows of a file repeat each other, how they
 * meet the database (in bulk: one query per kind of lookup for all the rows given), and how they
 * are written (in bulk: multi-row statements, never one query per row).
 */
export interface ImportKindHandler<P> {
  fileKeys(values: RowValues): FileKey[];
  /** `preview`: also look for near matches and label what was found (the run needs neither). */
  resolve(
    manager: EntityManager,
    rows: StagedRow[],
    options: { preview: boolean },
  ): Promise<Resolution<P>[]>;
  /** Creates the `creates`, applies the `updates`; an update that changes nothing is skipped. */
  write(
    manager: EntityManager,
    creates: WriteItem<P>[],
    updates: WriteItem<P>[],
    context: WriteContext,
  ): Promise<WriteResult[]>;
}
