import { CopyOutlined } from '@ant-design/icons';
import type { InvitationResponse } from '@coalition/contracts';
import { Alert, App, Button, Flex, Input, Space, Typography } from 'antd';
import { formatDateTime } from '@/lib/format';

const DAY_MS = 86_400_000;

interface InvitationLinkProps {
  invitation: InvitationResponse;
  /** The moment the link was made, to say how long it lasts (the API sets the expiry). */
  issuedAt: number;
}

/**
 * The one-time sign-in link of an invitation. The API shows it only in its answer, so this is
 * the one chance to copy it; nothing keeps it once it is closed.
 */
export function InvitationLink({ invitation, issuedAt }: InvitationLinkProps) {
  const { message } = App.useApp();
  const { user, invitationUrl, expiresAt } = invitation;
  const days = Math.max(1, Math.round((Date.parse(expiresAt) - issuedAt) / DAY_MS));

  const copy = () => {
    navigator.clipboard.writeText(invitationUrl).then(
      () => void message.success('Link copied'),
      () => void message.error('Could not copy the link: select it and copy it by hand.'),
    );
  };

  return (
    <Flex vertical gap="middle">
      <Alert
        type="success"
        showIcon
        title={`Invitation link for ${user.name} (${user.email})`}
        description={`Send this link to the person; it works once, for ${days} days. It is shown only now: copy it before closing.`}
      />
      <Space.Compact style={{ width: '100%' }}>
        <Input
          readOnly
          aria-label="Invitation link"
          value={invitationUrl}
          onFocus={(e) => e.target.select()}
        />
        <Button type="primary" icon={<CopyOutlined />} onClick={copy}>
          Copy link
        </Button>
      </Space.Compact>
      <Typography.Text type="secondary">Expires {formatDateTime(expiresAt)}.</Typography.Text>
    </Flex>
  );
}
