import type { InvitationResponse } from '@coalition/contracts';
import { Button, Modal } from 'antd';
import { InvitationLink } from './invitation-link';

interface InvitationLinkModalProps {
  invitation: InvitationResponse | undefined;
  issuedAt: number;
  onClose: () => void;
}

/** A fresh link for someone who has not chosen a password yet; shown once, like the first. */
export function InvitationLinkModal({ invitation, issuedAt, onClose }: InvitationLinkModalProps) {
  return (
    <Modal
      title="New invitation link"
      open={invitation !== undefined}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          Done
        </Button>
      }
    >
      {invitation && <InvitationLink invitation={invitation} issuedAt={issuedAt} />}
    </Modal>
  );
}
