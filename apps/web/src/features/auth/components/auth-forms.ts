import {
  acceptInvitationSchema,
  changePasswordSchema,
  loginSchema,
  PASSWORD_MIN_LENGTH,
} from '@coalition/contracts';
import type { FormInstance, FormRule } from 'antd';
import { isApiError } from '@/lib/api-client';
import { createZodForm, type ZodForm } from '@/lib/zod-form';

export interface SignInValues {
  email?: string;
  password?: string;
}

export const signInForm = createZodForm({
  schema: loginSchema,
  toInput: (values: SignInValues) => ({ ...values }),
  labels: { email: 'Email', password: 'Password' },
});

export interface NewPasswordValues {
  password?: string;
  confirmPassword?: string;
}

/** The invitation's token comes from the link, not the form: only the password is checked. */
export const newPasswordForm = createZodForm({
  schema: acceptInvitationSchema.pick({ password: true }),
  toInput: ({ password }: NewPasswordValues) => ({ password }),
  labels: { password: 'New password', confirmPassword: 'Confirm password' },
});

export interface ChangePasswordValues {
  currentPassword?: string;
  newPassword?: string;
  confirmPassword?: string;
}

export const changePasswordForm = createZodForm({
  schema: changePasswordSchema,
  toInput: ({ currentPassword, newPassword }: ChangePasswordValues) => ({
    currentPassword,
    newPassword,
  }),
  labels: {
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Confirm new password',
  },
});

export const PASSWORD_HELP = `At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words are easy to remember and hard to guess.`;

/** The confirmation field: required, and the same as the password field named `field`. */
export function confirmationRules(field: string): FormRule[] {
  return [
    { required: true, message: 'Type the password again' },
    ({ getFieldValue }) => ({
      validator: (_, value: unknown) =>
        !value || getFieldValue(field) === value
          ? Promise.resolve()
          : Promise.reject(new Error('The two passwords are not the same')),
    }),
  ];
}

/**
 * Puts an API refusal on the fields it names (`currentPassword is incorrect`); returns what is
 * left to say in the form's alert: a message about no field, or about a field not shown.
 */
export function showApiErrorOnForm<TValues>(
  form: FormInstance<TValues>,
  zodForm: ZodForm<TValues, unknown>,
  error: Error,
): string | undefined {
  const fields = isApiError(error) ? (error.body.fields ?? []) : [];
  const { placed, unplaced } = zodForm.fromApiFields(fields);
  form.setFields(placed);
  return placed.length === 0 || unplaced.length > 0 ? error.message : undefined;
}
