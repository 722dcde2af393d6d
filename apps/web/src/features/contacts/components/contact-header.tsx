import type { ContactDetail } from '@coalition/contracts';
import { DeleteOutlined, EditOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';

interface ContactHeaderProps {
  contact: ContactDetail;
  /** Each left out when the person may not do it: the button is not shown. */
  onEdit?: () => void;
  onArchive?: () => void;
  onErase?: () => void;
}

/** The person's name and pronouns, and what can be done to the record. */
export function ContactHeader({ contact, onEdit, onArchive, onErase }: ContactHeaderProps) {
  // An archived record is restored first (from the banner), then edited.
  const archived = contact.archivedAt !== null;
  const fullName = `${contact.firstName} ${contact.lastName}`;
  return (
    <Flex justify="space-between" align="start" wrap gap="middle">
      <Flex vertical gap="small">
        <Flex align="baseline" gap="small" wrap>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {contact.displayName}
          </Typography.Title>
          {contact.pronouns && (
            <Typography.Text type="secondary">({contact.pronouns})</Typography.Text>
          )}
        </Flex>
        {fullName !== contact.displayName && (
          <Typography.Text type="secondary">{`Full name: ${fullName}`}</Typography.Text>
        )}
        {contact.tags.length > 0 && (
          <Flex wrap gap="small">
            {contact.tags.map((tag) => (
              <Tag key={tag} variant="filled">
                {tag}
              </Tag>
            ))}
          </Flex>
        )}
      </Flex>
      <Flex gap="small" wrap>
        {!archived && onEdit && (
          <Button icon={<EditOutlined />} onClick={onEdit}>
            Edit
          </Button>
        )}
        {!archived && onArchive && (
          <Button icon={<InboxOutlined />} onClick={onArchive}>
            Archive
          </Button>
        )}
        {onErase && (
          <Button danger icon={<DeleteOutlined />} onClick={onErase}>
            Forget this person
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
