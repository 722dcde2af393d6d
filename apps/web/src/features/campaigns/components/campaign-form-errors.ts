import type { FormInstance } from 'antd';
import { isApiError } from '@/lib/api-client';
import { campaignFieldErrors, type CampaignFormValues } from './campaign-form-model';

/**
 * Puts an API refusal (400 naming bad fields, 404 naming an unknown issue, 409 duplicate name
 * or a removed goal that has contributions) on the fields it names and scrolls to the first.
 * Returns a message for the form's alert when something is left to say: a field the form does
 * not show, or an error about no field (server down, 500).
 */
export function showApiErrorOnForm(
  form: FormInstance<CampaignFormValues>,
  error: Error,
): string | undefined {
  const fields = isApiError(error) ? (error.body.fields ?? []) : [];
  const { placed, unplaced } = campaignFieldErrors(fields);
  form.setFields(placed);
  if (placed[0]) form.scrollToField(placed[0].name);
  return placed.length === 0 || unplaced.length > 0 ? error.message : undefined;
}
