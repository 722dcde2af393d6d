import type { FormInstance } from 'antd';
import { isApiError } from '@/lib/api-client';
import type { ZodForm } from '@/lib/zod-form';
import type { DriveFormValues } from './drive-form-model';

/**
 * Puts an API refusal (400 naming bad fields, such as a segment that selects nobody reachable
 * on the channel) on the fields it names and scrolls to the first. Returns a message for the
 * form's alert when something is left to say: a field the form does not show, or an error
 * about no field (server down, 500).
 */
export function showApiErrorOnForm(
  form: FormInstance<DriveFormValues>,
  zodForm: Pick<ZodForm<DriveFormValues, unknown>, 'fromApiFields'>,
  error: Error,
): string | undefined {
  const fields = isApiError(error) ? (error.body.fields ?? []) : [];
  const { placed, unplaced } = zodForm.fromApiFields(fields);
  form.setFields(placed);
  if (placed[0]) form.scrollToField(placed[0].name);
  return placed.length === 0 || unplaced.length > 0 ? error.message : undefined;
}
