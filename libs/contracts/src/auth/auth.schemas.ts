import { z } from 'zod';
import { enumOf } from '../common/enums';
import { emailField, requiredText, versionField } from '../common/fields';
import { listResponseSchema, pageQueryShape } from '../common/pagination';
import { listParam, searchParam } from '../common/query';
import { PERMISSION_NAMES, ROLES } from './permissions';

export const PASSWORD_MIN_LENGTH = 12;

const passwordField = z
  .string({ error: 'must be text' })
  .min(PASSWORD_MIN_LENGTH, { error: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  .max(200, { error: 'must be at most 200 characters' });

export const loginSchema = z.strictObject({
  email: emailField,
  // Not the new-password rules: an old short password must still get the generic answer.
  password: z.string({ error: 'must be text' }).min(1, { error: 'must not be blank' }).max(200),
});
export type LoginInput = z.input<typeof loginSchema>;

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string({ error: 'must be text' }).min(1, { error: 'must not be blank' }).max(200),
  newPassword: passwordField,
});
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const acceptInvitationSchema = z.strictObject({
  token: z.string({ error: 'must be text' }).min(20).max(200),
  password: passwordField,
});
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;

export const sessionUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  permissions: z.array(z.enum(PERMISSION_NAMES as [string, ...string[]])),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const meResponseSchema = z.object({
  user: sessionUserSchema,
  csrfToken: z.string(),
  expiresAt: z.iso.datetime(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  status: z.enum(['invited', 'active', 'disabled']),
  lastSignInAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

export const userListQuerySchema = z.strictObject({
  ...pageQueryShape,
  q: searchParam,
  role: listParam(enumOf(ROLES)),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;
export const userListResponseSchema = listResponseSchema(userSchema);

export const createUserSchema = z.strictObject({
  email: emailField,
  name: requiredText(120),
  role: enumOf(ROLES),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z.strictObject({
  name: requiredText(120).optional(),
  role: enumOf(ROLES).optional(),
  disabled: z.boolean({ error: 'must be true or false' }).optional(),
  version: versionField,
});
export type UpdateUserInput = z.input<typeof updateUserSchema>;

/** The admin sees the invitation link once, when the user is created or re-invited. */
export const invitationResponseSchema = z.object({
  user: userSchema,
  invitationUrl: z.string(),
  expiresAt: z.iso.datetime(),
});
export type InvitationResponse = z.infer<typeof invitationResponseSchema>;
