import { AFFILIATION_ROLE_LABELS, type AffiliationDetail } from '@coalition/contracts';
import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Empty,
  Flex,
  Popconfirm,
  Table,
  type TableProps,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useRemoveAffiliation, useUpdateAffiliation } from '../api/use-affiliation-mutations';
import { today } from './affiliation-form-model';
import { AffiliationModal } from './affiliation-modal';

const NONE = <Typography.Text type="secondary">—</Typography.Text>;

/** What the modal is open for: adding, or changing one affiliation. */
type Editing = { mode: 'add' } | { mode: 'edit'; affiliation: AffiliationDetail };

function failure(error: Error): string {
  return isApiError(error) && error.code === 'affiliation_version_conflict'
    ? 'Someone else changed this role meanwhile. The list now shows their changes; try again if it still applies.'
    : error.message;
}

interface RowActionsProps {
  contactId: string;
  affiliation: AffiliationDetail;
  onEdit: () => void;
}

function RowActions({ contactId, affiliation: a, onEdit }: RowActionsProps) {
  const update = useUpdateAffiliation();
  const remove = useRemoveAffiliation();
  const { message } = App.useApp();
  const what = `${AFFILIATION_ROLE_LABELS[a.role]} at ${a.organizationName}`;
  const onError = (error: Error) => void message.error(failure(error));

  const endToday = () =>
    update.mutate(
      { contactId, affiliationId: a.id, changes: { endedOn: today(), version: a.version } },
      { onSuccess: () => void message.success(`${what}: ended today.`), onError },
    );
  const removeIt = () =>
    remove.mutate(
      { contactId, affiliationId: a.id },
      { onSuccess: () => void message.success(`${what}: removed.`), onError },
    );

  return (
    <Flex gap={4} wrap>
      <Button size="small" onClick={onEdit} aria-label={`Change ${what}`}>
        Change
      </Button>
      {a.current && (
        <Button
          size="small"
          loading={update.isPending}
          onClick={endToday}
          aria-label={`End ${what} today`}
        >
          End today
        </Button>
      )}
      <Popconfirm
        title={`Remove ${what}?`}
        description="For mistakes only. When someone leaves, end the role instead: the history is kept."
        okText="Remove"
        okButtonProps={{ danger: true }}
        onConfirm={removeIt}
      >
        <Button size="small" danger type="text" aria-label={`Remove ${what}`}>
          Remove
        </Button>
      </Popconfirm>
    </Flex>
  );
}

function columns(
  contactId: string,
  canWrite: boolean,
  onEdit: (a: AffiliationDetail) => void,
): NonNullable<TableProps<AffiliationDetail>['columns']> {
  const base: NonNullable<TableProps<AffiliationDetail>['columns']> = [
    {
      key: 'organization',
      title: 'Organization',
      render: (_: unknown, a) => (
        <Link to={paths.organization(a.organizationId)}>{a.organizationName}</Link>
      ),
    },
    {
      key: 'role',
      title: 'Role',
      render: (_: unknown, a) => (
        <Flex gap={4} wrap>
          {AFFILIATION_ROLE_LABELS[a.role]}
          {a.current ? <Tag color="blue">Current</Tag> : <Tag>Ended</Tag>}
        </Flex>
      ),
    },
    {
      key: 'startedOn',
      title: 'Started',
      render: (_: unknown, a) => (a.startedOn ? formatDate(a.startedOn) : NONE),
    },
    {
      key: 'endedOn',
      title: 'Ended',
      render: (_: unknown, a) => (a.endedOn ? formatDate(a.endedOn) : NONE),
    },
    { key: 'note', title: 'Note', render: (_: unknown, a) => a.note ?? NONE },
  ];
  if (!canWrite) return base;
  return [
    ...base,
    {
      key: 'actions',
      title: 'Actions',
      render: (_: unknown, a) => (
        <RowActions contactId={contactId} affiliation={a} onEdit={() => onEdit(a)} />
      ),
    },
  ];
}

interface ContactAffiliationsProps {
  contactId: string;
  affiliations: AffiliationDetail[];
  /** Whether roles can be added and changed here. */
  canWrite: boolean;
}

/** The organizations the person belongs (or belonged) to, current ones first. */
export function ContactAffiliations({
  contactId,
  affiliations,
  canWrite,
}: ContactAffiliationsProps) {
  const [editing, setEditing] = useState<Editing>();
  return (
    <Flex vertical gap="small">
      {canWrite && (
        <Button
          icon={<PlusOutlined />}
          onClick={() => setEditing({ mode: 'add' })}
          style={{ alignSelf: 'start' }}
        >
          Add an organization
        </Button>
      )}
      <Table<AffiliationDetail>
        aria-label="Organizations"
        rowKey="id"
        size="middle"
        columns={columns(contactId, canWrite, (affiliation) =>
          setEditing({ mode: 'edit', affiliation }),
        )}
        dataSource={affiliations}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description="Not linked to any member organization." /> }}
      />
      {editing && (
        <AffiliationModal
          contactId={contactId}
          affiliation={editing.mode === 'edit' ? editing.affiliation : undefined}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Flex>
  );
}
