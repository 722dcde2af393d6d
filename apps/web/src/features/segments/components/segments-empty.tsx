import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Typography } from 'antd';

interface SegmentsEmptyProps {
  archived: boolean;
  onCreate: () => void;
}

/** The first visit: what a segment is and what it is for, and the way to build one. */
export function SegmentsEmpty({ archived, onCreate }: SegmentsEmptyProps) {
  if (archived) return <Empty description="No archived segments." />;
  return (
    <Empty
      description={
        <Flex vertical gap="small" align="center" style={{ maxWidth: 560, margin: '0 auto' }}>
          <Typography.Text strong>No segments yet</Typography.Text>
          <Typography.Text>
            A segment is a saved filter over the coalition’s members, such as “active health centers
            in Worcester County with a Spanish-speaking contact who agreed to phone calls”. Build
            one and watch its counts change as you choose; save it for yourself or share it with
            every organizer; then export its contacts, copy their emails or start an outreach drive.
            Its counts stay current as members change.
          </Typography.Text>
        </Flex>
      }
    >
      <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
        New segment
      </Button>
    </Empty>
  );
}
