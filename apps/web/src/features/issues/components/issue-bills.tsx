import type { IssueBill } from '@coalition/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { AddBillForm } from './add-bill-form';
import { BillStatusSelect } from './bill-status-select';
import { BillStatusTag } from './issue-status-tag';

interface IssueBillsProps {
  issueId: string;
  bills: IssueBill[];
  /** Whether bills can be added and their status changed here. */
  editable: boolean;
}

function columns(
  issueId: string,
  editable: boolean,
): NonNullable<TableProps<IssueBill>['columns']> {
  return [
    { key: 'number', title: 'Number', dataIndex: 'number', width: 110 },
    { key: 'title', title: 'Title', dataIndex: 'title' },
    {
      key: 'status',
      title: 'Status',
      width: 240,
      render: (_: unknown, bill: IssueBill) =>
        editable ? (
          <BillStatusSelect issueId={issueId} bill={bill} />
        ) : (
          <BillStatusTag status={bill.status} />
        ),
    },
  ];
}

/** The bills carrying the issue in the legislature, with where each one stands. */
export function IssueBills({ issueId, bills, editable }: IssueBillsProps) {
  const [adding, setAdding] = useState(false);

  return (
    <Card
      title="Bills"
      extra={
        editable &&
        !adding && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            Add bill
          </Button>
        )
      }
    >
      <Flex vertical gap="middle">
        {editable && adding && <AddBillForm issueId={issueId} onDone={() => setAdding(false)} />}
        <Table<IssueBill>
          rowKey="id"
          size="small"
          columns={columns(issueId, editable)}
          dataSource={bills}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description="No bill is filed for this issue yet."
              />
            ),
          }}
        />
      </Flex>
    </Card>
  );
}
