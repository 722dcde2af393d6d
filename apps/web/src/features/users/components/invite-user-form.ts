import { createUserSchema, type Role } from '@coalition/contracts';
import type { FormInstance } from 'antd';
import { isApiError } from '@/lib/api-client';
import { createZodForm } from '@/lib/zod-form';

export interface InviteUserValues {
  email?: string;
  name?: string;
  role?: Role;
}

/** Client-side validation is the contract's schema itself, adapted to antd. */
export const inviteUserForm = createZodForm({
  schema: createUserSchema,
  toInput: (values: InviteUserValues) => ({ ...values }),
  labels: { email: 'Email', name: 'Name', role: 'Role' },
});

/** Puts a 400/409 (email already used) on its field; returns what is left for the alert. */
export function showApiErrorOnInviteForm(
  form: FormInstance<InviteUserValues>,
  error: Error,
): string | undefined {
  const fields = isApiError(error) ? (error.body.fields ?? []) : [];
  const { placed, unplaced } = inviteUserForm.fromApiFields(fields);
  form.setFields(placed);
  return placed.length === 0 || unplaced.length > 0 ? error.message : undefined;
}
