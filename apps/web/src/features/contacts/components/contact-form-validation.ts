import { createContactSchema, type CreateContact, type FieldError } from '@coalition/contracts';
// antd's form engine; antd takes this type in `form.setFields` but does not re-export it.
import type { FieldData } from '@rc-component/form/es/interface';
import type { FormInstance, FormRule } from 'antd';
import { isApiError } from '@/lib/api-client';
import { type ContactFormValues, toContactInput } from './contact-form-model';

/** A form field's name path, as antd takes it: `['emails', 1, 'address']`. */
export type FieldName = (string | number)[];

/** Labels by the last segment of a name path, so a message reads "Email address must be…". */
const LABELS: Record<string, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  preferredName: 'Preferred name',
  pronouns: 'Pronouns',
  emails: 'Email addresses',
  address: 'Email address',
  phones: 'Phone numbers',
  number: 'Phone number',
  languages: 'Languages',
  city: 'City or town',
  granted: 'Consent',
  source: 'Source',
  tags: 'Tags',
  notes: 'Notes',
  organizationId: 'Organization',
  role: 'Role',
};

/**
 * Where a contract path (the API's `fields[].path`, or a zod issue's) shows on the form:
 * `emails.1.address` on that address, `affiliations.0.role` on the first-affiliation role,
 * `consent.sms.source` on that channel's source. Undefined for what the form does not show.
 */
export function formFieldOf(path: readonly PropertyKey[]): FieldName | undefined {
  const [head, index, leaf] = path.map((p) => (typeof p === 'symbol' ? '' : p));
  const at = typeof index === 'string' && /^\d+$/.test(index) ? Number(index) : index;
  switch (head) {
    case 'emails':
      // Twice the same address, two primaries…: shown on the address itself.
      return typeof at === 'number' ? ['emails', at, 'address'] : ['emails'];
    case 'phones':
      return typeof at === 'number' ? ['phones', at, 'number'] : ['phones'];
    case 'consent':
      return typeof at === 'string' && at
        ? ['consent', at, leaf === 'source' ? 'source' : 'granted']
        : undefined;
    case 'affiliations':
      return [leaf === 'role' ? 'role' : 'organizationId'];
    case undefined:
      return undefined;
    default:
      return typeof head === 'string' && head in LABELS ? [head] : undefined;
  }
}

/** Nested name paths are valid antd names; TypeScript cannot prove it from a plain array. */
export function asFieldData(
  fields: { name: FieldName; errors?: string[]; value?: unknown }[],
): FieldData<ContactFormValues>[] {
  return fields as unknown as FieldData<ContactFormValues>[];
}

const keyOf = (name: FieldName): string => name.join('.');
const labelOf = (name: FieldName): string => LABELS[String(name.at(-1))] ?? String(name.at(-1));

interface Checked {
  data?: CreateContact;
  /** Messages per field, keyed by the joined name path. */
  errors: Map<string, { name: FieldName; messages: string[] }>;
}

function check(values: ContactFormValues): Checked {
  const input = toContactInput(values);
  const result = createContactSchema.safeParse(input);
  const errors: Checked['errors'] = new Map();
  if (result.success) return { data: result.data, errors };
  for (const issue of result.error.issues) {
    const name = formFieldOf(issue.path);
    if (!name) continue;
    // Blank and missing fields say "is required", not "must be one of: a, b, c…".
    const blank = issue.code === 'invalid_type' || issue.code === 'invalid_value';
    const text = `${labelOf(name)} ${blank ? 'is required' : issue.message}`;
    const entry = errors.get(keyOf(name)) ?? { name, messages: [] };
    entry.messages.push(text);
    errors.set(keyOf(name), entry);
  }
  return { errors };
}

/** A field's rule: the whole form checked against the contract, reporting this field's issues. */
export function contactRule(name: FieldName): FormRule {
  return ({ getFieldsValue }) => ({
    validator: () => {
      const own = check(getFieldsValue(true) as ContactFormValues).errors.get(keyOf(name));
      return own ? Promise.reject(new Error(own.messages[0])) : Promise.resolve();
    },
  });
}

/** Whether a field must be filled, for its required mark. */
export const REQUIRED_FIELDS = new Set(['firstName', 'lastName']);

export function parseContactForm(
  form: FormInstance<ContactFormValues>,
  values: ContactFormValues,
): CreateContact | undefined {
  const { data, errors } = check(values);
  if (data) return data;
  form.setFields(
    asFieldData([...errors.values()].map(({ name, messages }) => ({ name, errors: messages }))),
  );
  const first = errors.values().next().value;
  if (first) form.scrollToField(first.name);
  return undefined;
}

/**
 * Puts an API refusal (400 naming bad fields, 409 duplicate role, 422 unknown organization) on
 * the fields it names. Returns a message for the form's alert when something is left to say:
 * a field the form does not show, or an error about no field (server down, 500).
 */
export function showApiErrorOnForm(
  form: FormInstance<ContactFormValues>,
  error: Error,
): string | undefined {
  const fields: readonly FieldError[] = isApiError(error) ? (error.body.fields ?? []) : [];
  const placed = new Map<string, { name: FieldName; errors: string[] }>();
  let unplaced = 0;
  for (const { path, message } of fields) {
    const name = formFieldOf(path.split('.'));
    if (!name) {
      unplaced += 1;
      continue;
    }
    const entry = placed.get(keyOf(name)) ?? { name, errors: [] };
    entry.errors.push(`${labelOf(name)} ${message}`);
    placed.set(keyOf(name), entry);
  }
  form.setFields(asFieldData([...placed.values()]));
  const first = placed.values().next().value;
  if (first) form.scrollToField(first.name);
  return placed.size === 0 || unplaced > 0 ? error.message : undefined;
}
