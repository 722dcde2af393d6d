import type { FormInstance } from 'antd';
import { isApiError } from '@/lib/api-client';
import { organizationForm, type OrganizationFormValues } from './organization-form-model';

/**
 * Puts an API refusal (400 naming bad fields, 409 duplicate name) on the fields it names and
 * scrolls to the first. Returns a message for the form's alert when something is left to say:
 * a field the form does not show, or an error about no field (server down, 500).
 */
export function showApiErrorOnForm(
  form: FormInstance<OrganizationFormValues>,
  error: Error,
): string | undefined {
  const fields = isApiError(error) ? (error.body.fields ?? []) : [];
  const { placed, unplaced } = organizationForm.fromApiFields(fields);
  form.setFields(placed);
  if (placed[0]) form.scrollToField(placed[0].name);
  return placed.length === 0 || unplaced.length > 0 ? error.message : undefined;
}

/** Every field at once, with its errors cleared: for refilling the form with another record. */
export function asFieldData(values: OrganizationFormValues) {
  return (Object.keys(values) as (keyof OrganizationFormValues)[]).map((name) => ({
    name,
    value: values[name],
    errors: [],
  }));
}
