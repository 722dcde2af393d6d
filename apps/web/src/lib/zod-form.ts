import type { FieldError } from '@coalition/contracts';
// antd's form engine; antd takes this type in `form.setFields` but does not re-export it.
import type { FieldData } from '@rc-component/form/es/interface';
import type { FormRule } from 'antd';
import type { z } from 'zod';

/** Fields with their messages, typed as antd's `form.setFields` takes them. */
export type FormFieldErrors<TValues> = FieldData<TValues>[];

export type ZodFormParseResult<TValues, TOutput> =
  { success: true; data: TOutput } | { success: false; errors: FormFieldErrors<TValues> };

type FieldOf<TValues> = keyof TValues & string;

/** What to spread on a `Form.Item`: its name, the required mark and the schema's rule. */
export interface ZodFormItemProps<TValues> {
  name: FieldOf<TValues>;
  required: boolean;
  rules: FormRule[];
}

export interface ZodFormOptions<TValues, S extends z.ZodObject> {
  /** The contract's schema: the one definition of what the API accepts. */
  schema: S;
  /** Form values → what the schema parses (dates to `YYYY-MM-DD`, dollars to cents...). */
  toInput: (values: TValues) => Record<string, unknown>;
  /** Field labels, so a message reads "Email must be an email address". */
  labels: Record<FieldOf<TValues>, string>;
  /** Where a form field holds a schema key under another name (`annualDuesCents` → `annualDues`). */
  formFieldOf?: Partial<Record<keyof z.input<S> & string, FieldOf<TValues>>>;
}

export interface ZodForm<TValues, TOutput> {
  /** Validates the whole form; on success the data is what the API will receive. */
  parse: (values: TValues) => ZodFormParseResult<TValues, TOutput>;
  item: (field: FieldOf<TValues>) => ZodFormItemProps<TValues>;
  /** Places an API error's `fields` on the form; the ones naming no form field come back apart. */
  fromApiFields: (fields: readonly FieldError[]) => {
    placed: FormFieldErrors<TValues>;
    unplaced: string[];
  };
}

const isMissing = (value: unknown): boolean => value === undefined || value === null;

/**
 * Turns a contracts schema into antd form validation, so the dashboard checks exactly what the
 * API checks. Each field's rule parses the whole form (cheap at this size, and it keeps any
 * cross-field rule of the schema) and reports that field's issues; the API's own 400/409
 * `fields` land on the same fields with the same wording.
 */
export function createZodForm<TValues, S extends z.ZodObject>(
  options: ZodFormOptions<TValues, S>,
): ZodForm<TValues, z.output<S>> {
  type Field = FieldOf<TValues>;
  const { schema, toInput } = options;
  const labels: Record<string, string> = options.labels;
  const formFieldOf: Partial<Record<string, Field>> = options.formFieldOf ?? {};
  const schemaKeyOf = new Map(Object.entries(formFieldOf).map(([key, field]) => [field, key]));
  const shape: Record<string, z.ZodType> = schema.shape;

  const fieldFor = (path: string): Field | undefined => {
    const field = formFieldOf[path] ?? path;
    return field in labels ? (field as Field) : undefined;
  };
  const message = (field: Field, text: string): string => `${labels[field]} ${text}`;

  /** Groups messages per field, in the order they came. */
  function byField(entries: Iterable<[Field, string]>): Map<Field, string[]> {
    const grouped = new Map<Field, string[]>();
    for (const [field, text] of entries) grouped.set(field, [...(grouped.get(field) ?? []), text]);
    return grouped;
  }

  function asFieldErrors(grouped: Map<Field, string[]>): FormFieldErrors<TValues> {
    // A top-level field's name is a valid antd name path; TypeScript cannot prove it for any TValues.
    return [...grouped].map(
      ([name, errors]) => ({ name, errors }) as unknown as FieldData<TValues>,
    );
  }

  function* issueMessages(
    input: Record<string, unknown>,
    issues: readonly z.core.$ZodIssue[],
  ): Generator<[Field, string]> {
    for (const issue of issues) {
      const key = String(issue.path[0] ?? '');
      const field = fieldFor(key);
      if (!field) continue;
      // An empty required field is "required", not "must be one of: a, b, c…".
      const missing =
        issue.path.length === 1 &&
        isMissing(input[key]) &&
        (issue.code === 'invalid_type' || issue.code === 'invalid_value');
      yield [field, message(field, missing ? 'is required' : issue.message)];
    }
  }

  function check(values: TValues) {
    const input = toInput(values);
    const result = schema.safeParse(input);
    const errors = result.success ? undefined : byField(issueMessages(input, result.error.issues));
    return { result, errors };
  }

  function parse(values: TValues): ZodFormParseResult<TValues, z.output<S>> {
    const { result, errors } = check(values);
    return result.success
      ? { success: true, data: result.data }
      : { success: false, errors: asFieldErrors(errors ?? new Map<Field, string[]>()) };
  }

  function item(field: Field): ZodFormItemProps<TValues> {
    const key = schemaKeyOf.get(field) ?? field;
    const rule: FormRule = ({ getFieldsValue }) => ({
      validator: () => {
        const own = check(getFieldsValue(true) as TValues).errors?.get(field);
        return own ? Promise.reject(new Error(own[0])) : Promise.resolve();
      },
    });
    const required = !(shape[key]?.safeParse(undefined).success ?? true);
    return { name: field, required, rules: [rule] };
  }

  function fromApiFields(fields: readonly FieldError[]) {
    const placed: [Field, string][] = [];
    const unplaced: string[] = [];
    for (const { path, message: text } of fields) {
      // `tags.3` is about the tags field; the form shows it there.
      const field = fieldFor(path.split('.')[0] ?? path);
      if (field) placed.push([field, message(field, text)]);
      else unplaced.push(`${path}: ${text}`);
    }
    return { placed: asFieldErrors(byField(placed)), unplaced };
  }

  return { parse, item, fromApiFields };
}
