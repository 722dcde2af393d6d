import { z } from 'zod';

/**
 * Query strings arrive as a string or, when a key repeats (`?kind=a&kind=b`), an array.
 * Comma-separated values are accepted too, so a filter fits in one shareable parameter.
 */
export function listParam<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => {
    if (value === undefined || value === '') return undefined;
    const values: unknown[] = Array.isArray(value) ? value : [value];
    return values.flatMap((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : [v]));
  }, z.array(item).min(1).max(50).optional());
}

/** A free-text search box: trimmed, blank means no search. */
export const searchParam = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim() || undefined : value),
  z
    .string()
    .max(200, { error: 'must be at most 200 characters' })
    .refine((v) => !v.includes('\u0000'), { error: 'must not contain NUL characters' })
    .optional(),
);
