import {
  type InvitationResponse,
  type Role,
  ROLE_LABELS,
  ROLE_SUMMARIES,
  type User,
} from '@coalition/contracts';
import { App } from 'antd';
import { useCallback, useState } from 'react';
import { isApiError } from '@/lib/api-client';
import { useReinviteUser } from '../api/use-reinvite-user';
import { type UpdateUserVariables, useUpdateUser } from '../api/use-update-user';

function failureMessage(user: User, error: Error): string {
  return isApiError(error) && error.code === 'user_version_conflict'
    ? `Someone else changed ${user.name} meanwhile. The list now shows their changes; try again if it still applies.`
    : error.message;
}

/**
 * What an admin does to an account from the list: each change is confirmed first (the dialog
 * spins until the API answers), and a new invitation link is kept only while it is shown.
 */
export function useUserActions() {
  const { modal, message } = App.useApp();
  const { mutateAsync: update } = useUpdateUser();
  const reinvite = useReinviteUser();
  const [reissued, setReissued] = useState<{ invitation: InvitationResponse; issuedAt: number }>();
  const closeReissued = useCallback(() => setReissued(undefined), []);

  const save = useCallback(
    async (user: User, changes: UpdateUserVariables['changes'], done: string) => {
      try {
        await update({ id: user.id, changes });
        void message.success(done);
      } catch (error) {
        void message.error(failureMessage(user, error as Error));
      }
    },
    [update, message],
  );

  const changeRole = useCallback(
    (user: User, role: Role) => {
      void modal.confirm({
        title: `Make ${user.name} ${ROLE_LABELS[role]}?`,
        content: `${ROLE_LABELS[role]}: ${ROLE_SUMMARIES[role]}. It applies from their next page.`,
        okText: 'Change role',
        cancelText: 'Cancel',
        onOk: () =>
          save(user, { role, version: user.version }, `${user.name} is now ${ROLE_LABELS[role]}.`),
      });
    },
    [modal, save],
  );

  const setDisabled = useCallback(
    (user: User, disabled: boolean) => {
      void modal.confirm({
        title: disabled ? `Disable ${user.name}?` : `Enable ${user.name}?`,
        content: disabled
          ? 'They are signed out at once and can no longer sign in. Their account and its history stay, and it can be enabled again.'
          : 'They can sign in again with their password, with the role they had.',
        okText: disabled ? 'Disable' : 'Enable',
        okButtonProps: { danger: disabled },
        cancelText: 'Cancel',
        onOk: () =>
          save(
            user,
            { disabled, version: user.version },
            `${user.name} was ${disabled ? 'disabled' : 'enabled'}.`,
          ),
      });
    },
    [modal, save],
  );

  const { mutate: reinviteMutate } = reinvite;
  const sendNewInvitation = useCallback(
    (user: User) =>
      reinviteMutate(user.id, {
        onSuccess: (invitation) => setReissued({ invitation, issuedAt: Date.now() }),
        onError: (error) => void message.error(failureMessage(user, error)),
      }),
    [reinviteMutate, message],
  );

  return {
    changeRole,
    setDisabled,
    sendNewInvitation,
    reinvitingId: reinvite.isPending ? reinvite.variables : undefined,
    reissued,
    closeReissued,
  };
}
