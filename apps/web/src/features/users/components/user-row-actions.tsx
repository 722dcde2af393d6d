import { LinkOutlined, StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { type Role, type User } from '@coalition/contracts';
import { Button, Flex, Select, Tooltip } from 'antd';
import { ROLE_OPTIONS } from './user-options';

export interface UserRowActionHandlers {
  onChangeRole: (user: User, role: Role) => void;
  onSetDisabled: (user: User, disabled: boolean) => void;
  onSendNewInvitation: (user: User) => void;
}

interface UserRowActionsProps extends UserRowActionHandlers {
  user: User;
  /** The signed-in admin's own row: no locking oneself out by a stray click. */
  isSelf: boolean;
  reinviting: boolean;
}

export function UserRowActions(props: UserRowActionsProps) {
  const { user, isSelf, reinviting } = props;
  const disabled = user.status === 'disabled';
  const actions = (
    <Flex gap="small" wrap>
      <Select<Role>
        aria-label={`Change role of ${user.name}`}
        placeholder="Change role"
        size="small"
        virtual={false}
        disabled={isSelf}
        value={null}
        options={ROLE_OPTIONS.filter((option) => option.value !== user.role)}
        onChange={(role) => props.onChangeRole(user, role)}
        style={{ width: 140 }}
      />
      <Button
        size="small"
        danger={!disabled}
        disabled={isSelf}
        icon={disabled ? <CheckCircleOutlined /> : <StopOutlined />}
        onClick={() => props.onSetDisabled(user, !disabled)}
      >
        {disabled ? 'Enable' : 'Disable'}
      </Button>
      {user.status === 'invited' && (
        <Button
          size="small"
          icon={<LinkOutlined />}
          loading={reinviting}
          onClick={() => props.onSendNewInvitation(user)}
        >
          New invitation link
        </Button>
      )}
    </Flex>
  );
  return isSelf ? (
    <Tooltip title="This is your own account: another admin can change your role or disable it.">
      {actions}
    </Tooltip>
  ) : (
    actions
  );
}
