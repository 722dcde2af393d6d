import { OUTREACH_CHANNEL_LABELS, type OutreachActivityItem } from '@coalition/contracts';
import { Alert, Button, Empty, Flex, Table, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useOutreachActivity } from '../api/use-outreach-activity';
import { OutcomeTag } from './outcome-tag';

const PAGE_SIZE = 10;
const NONE = <Typography.Text type="secondary">—</Typography.Text>;

type Columns = NonNullable<TableProps<OutreachActivityItem>['columns']>;

function buildColumns(showContact: boolean): Columns {
  const columns: Columns = [
    {
      key: 'loggedAt',
      title: 'When',
      render: (_: unknown, a: OutreachActivityItem) => formatDateTime(a.loggedAt),
    },
    {
      key: 'drive',
      title: 'Drive',
      render: (_: unknown, a: OutreachActivityItem) => (
        <Flex vertical gap={2}>
          <Link to={paths.outreachDrive(a.drive.id)}>{a.drive.name}</Link>
          <Typography.Text type="secondary">
            {OUTREACH_CHANNEL_LABELS[a.drive.channel]}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'outcome',
      title: 'Outcome',
      render: (_: unknown, a: OutreachActivityItem) => <OutcomeTag outcome={a.outcome} />,
    },
    {
      key: 'note',
      title: 'Note',
      render: (_: unknown, a: OutreachActivityItem) => (
        <Flex vertical gap={2}>
          {a.note ?? NONE}
          {a.followUpOn && (
            <Typography.Text type="secondary">{`Follow up on ${formatDate(a.followUpOn)}`}</Typography.Text>
          )}
        </Flex>
      ),
    },
    { key: 'by', title: 'By', render: (_: unknown, a: OutreachActivityItem) => a.loggedBy.name },
  ];
  if (showContact) {
    columns.splice(1, 0, {
      key: 'contact',
      title: 'Person',
      render: (_: unknown, a: OutreachActivityItem) => (
        <Link to={paths.contact(a.contact.id)}>{a.contact.displayName}</Link>
      ),
    });
  }
  return columns;
}

/** Exactly one: the person, or the organization whose people's outreach is listed. */
export type OutreachActivityPanelProps = { contactId: string } | { organizationId: string };

/**
 * The outreach part of a record's history: every outcome logged for a person, or for the
 * people of an organization, newest first. Other features' pages show it (the app composes
 * them); its paging is local, since the page owns its URL.
 */
export function OutreachActivityPanel(props: OutreachActivityPanelProps) {
  const record =
    'contactId' in props
      ? { contactId: props.contactId }
      : { organizationId: props.organizationId };
  const [page, setPage] = useState({ page: 1, pageSize: PAGE_SIZE });
  const { data, error, isPending, isPlaceholderData, refetch } = useOutreachActivity({
    ...record,
    ...page,
  });
  const forOrganization = 'organizationId' in record;

  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        title="Could not load the outreach history"
        description={error.message}
        action={
          <Button size="small" onClick={() => void refetch()}>
            Try again
          </Button>
        }
      />
    );
  }
  return (
    <Table<OutreachActivityItem>
      aria-label="Outreach history"
      rowKey="id"
      size="small"
      columns={buildColumns(forOrganization)}
      dataSource={data?.items ?? []}
      loading={isPending || isPlaceholderData}
      scroll={{ x: 'max-content' }}
      locale={{
        emptyText: (
          <Empty
            description={
              forOrganization
                ? 'Nobody from this organization has been contacted in an outreach drive yet.'
                : 'Not contacted in an outreach drive yet.'
            }
          />
        ),
      }}
      pagination={{
        current: page.page,
        pageSize: page.pageSize,
        total: data?.total ?? 0,
        hideOnSinglePage: true,
        onChange: (next, pageSize) => setPage({ page: next, pageSize }),
      }}
    />
  );
}
