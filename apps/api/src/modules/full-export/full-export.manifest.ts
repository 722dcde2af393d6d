import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

/** Bumped when the layout of the zip or the encoding of values changes. */
export const FORMAT = 'coalition-crm-full-export';
export const FORMAT_VERSION = 1;

const manifestFileSchema = z.object({
  file: z.string(),
  table: z.string(),
  columns: z.array(z.string()),
  rows: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** manifest.json: what the zip holds and how to check it (docs/full-export.md, "The manifest"). */
export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.number().int(),
  schemaVersion: z.string(),
  createdAt: z.string(),
  appVersion: z.string(),
  files: z.array(manifestFileSchema),
});
export type FullExportManifest = z.infer<typeof manifestSchema>;
export type ManifestFile = z.infer<typeof manifestFileSchema>;

let version: string | undefined;
/** The product's version, from the repository's package.json (same depth from src/ and dist/). */
export function appVersion(): string {
  version ??= (
    JSON.parse(readFileSync(resolve(__dirname, '../../../../../package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  return version;
}
