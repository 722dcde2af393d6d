import { EditOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';

interface RecordActionsProps {
  archived: boolean;
  /** Left out when the person may not edit: the button is not shown. */
  onEdit?: () => void;
  onArchive?: () => void;
}

/** Edit and Archive on a record page's header. */
export function RecordActions({ archived, onEdit, onArchive }: RecordActionsProps) {
  // An archived record is restored first (from the banner), then edited.
  if (archived || !(onEdit || onArchive)) return null;
  return (
    <Flex gap="small">
      {onEdit && (
        <Button icon={<EditOutlined />} onClick={onEdit}>
          Edit
        </Button>
      )}
      {onArchive && (
        <Button danger icon={<InboxOutlined />} onClick={onArchive}>
          Archive
        </Button>
      )}
    </Flex>
  );
}
