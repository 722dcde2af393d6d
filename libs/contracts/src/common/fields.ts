import { z } from 'zod';

const NO_CONTROL = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/** Required single-line text: trimmed, not blank, bounded, free of control characters. */
export function requiredText(max: number) {
  return z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be blank' })
    .max(max, { error: `must be at most ${max} characters` })
    .regex(NO_CONTROL, { error: 'must not contain control characters' });
}

/** Optional text: blank becomes null, so clearing a form field clears the value. */
export function optionalText(max: number) {
  return z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    requiredText(max).nullable().optional(),
  );
}

export const emailField = z
  .string({ error: 'must be text' })
  .trim()
  .max(254, { error: 'must be at most 254 characters' })
  .pipe(z.email({ error: 'must be an email address' }));

/** Phone numbers as people write them; at least 7 digits, at most 20. */
export const phoneField = z
  .string({ error: 'must be text' })
  .trim()
  .max(40, { error: 'must be at most 40 characters' })
  .regex(/^\+?[\d\s().\-ext]+$/i, { error: 'must be a phone number' })
  .refine((v) => {
    const digits = v.replace(/\D/g, '').length;
    return digits >= 7 && digits <= 20;
  }, { error: 'must have 7 to 20 digits' });

export const zipField = z
  .string({ error: 'must be text' })
  .trim()
  .regex(/^\d{5}(-\d{4})?$/, { error: 'must be a ZIP code such as 02108 or 02108-1234' });

export const websiteField = z
  .string({ error: 'must be text' })
  .trim()
  .max(300, { error: 'must be at most 300 characters' })
  .pipe(z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' }));

export const dateField = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });

/** Optimistic concurrency: the version the client read; a stale one is answered with 409. */
export const versionField = z.number({ error: 'must be a number' }).int().min(1);

export const tagsField = z
  .array(requiredText(40), { error: 'must be a list of tags' })
  .max(30, { error: 'must have at most 30 tags' })
  .transform((tags) => [...new Set(tags)]);

/** An optional field where an empty string (a cleared form input) means null. */
export function nullable<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === '' ? null : v), schema.nullable().optional());
}
