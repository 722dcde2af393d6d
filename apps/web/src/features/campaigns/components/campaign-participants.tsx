import {
  ORGANIZATION_KIND_LABELS,
  type Participant,
  PARTICIPATION_ROLES,
  type ParticipantsByRole,
  type ParticipationRole,
} from '@coalition/contracts';
import { Button, Card, Flex, Popconfirm, Select, Table, type TableProps, Typography } from 'antd';
import { useId } from 'react';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import { formatNumber, ROLE_OPTIONS } from './campaign-format';
import { participantHref, participantName } from './participant-name';

const GROUP_TITLES: Record<ParticipationRole, string> = {
  lead_partner: 'Lead partners',
  funder: 'Funders',
  participant: 'Participants',
  endorser: 'Endorsers',
};

const NONE = <Typography.Text type="secondary">—</Typography.Text>;

/** What the person may do to a participant; left out for a read-only page. */
export interface ParticipantActions {
  changeRole: (participant: Participant, role: ParticipationRole) => void;
  remove: (participant: Participant) => void;
  /** The participation being changed or removed, whose controls show it is busy. */
  busyId?: string;
}

function ParticipantLink({ participant }: { participant: Participant }) {
  const href = participantHref(participant);
  const name = participantName(participant);
  return href ? <Link to={href}>{name}</Link> : <span>{name}</span>;
}

function columns(actions?: ParticipantActions): NonNullable<TableProps<Participant>['columns']> {
  const base: NonNullable<TableProps<Participant>['columns']> = [
    {
      key: 'name',
      title: 'Name',
      render: (_: unknown, p: Participant) => <ParticipantLink participant={p} />,
    },
    {
      key: 'type',
      title: 'Type',
      render: (_: unknown, p: Participant) =>
        p.organization ? ORGANIZATION_KIND_LABELS[p.organization.kind] : 'Person',
    },
    {
      key: 'joinedOn',
      title: 'Joined on',
      render: (_: unknown, p: Participant) => (p.joinedOn ? formatDate(p.joinedOn) : NONE),
    },
    {
      key: 'contributed',
      title: 'Contributed',
      align: 'right',
      render: (_: unknown, p: Participant) => formatNumber(p.contributed),
    },
    { key: 'note', title: 'Note', render: (_: unknown, p: Participant) => p.note ?? NONE },
  ];
  if (!actions) return base;
  return [
    ...base,
    {
      key: 'actions',
      title: 'Actions',
      render: (_: unknown, p: Participant) => (
        <Flex gap="small">
          <Select<ParticipationRole>
            aria-label={`Role of ${participantName(p)}`}
            size="small"
            value={p.role}
            options={ROLE_OPTIONS}
            loading={actions.busyId === p.id}
            disabled={actions.busyId === p.id}
            onChange={(role) => actions.changeRole(p, role)}
            style={{ minWidth: 140 }}
          />
          <Popconfirm
            title={`Remove ${participantName(p)} from the campaign?`}
            description="Someone with contributions toward the goals cannot be removed."
            okText="Remove"
            okButtonProps={{ danger: true }}
            cancelText="Cancel"
            onConfirm={() => actions.remove(p)}
          >
            <Button
              size="small"
              danger
              aria-label={`Remove ${participantName(p)}`}
              loading={actions.busyId === p.id}
            >
              Remove
            </Button>
          </Popconfirm>
        </Flex>
      ),
    },
  ];
}

function RoleGroup({
  role,
  participants,
  actions,
}: {
  role: ParticipationRole;
  participants: Participant[];
  actions?: ParticipantActions;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Typography.Title id={headingId} level={4} style={{ marginTop: 0 }}>
        {`${GROUP_TITLES[role]} (${participants.length})`}
      </Typography.Title>
      {participants.length === 0 ? (
        <Typography.Text type="secondary">Nobody in this role yet.</Typography.Text>
      ) : (
        <Table<Participant>
          rowKey="id"
          size="small"
          columns={columns(actions)}
          dataSource={participants}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      )}
    </section>
  );
}

interface CampaignParticipantsProps {
  participants: ParticipantsByRole;
  actions?: ParticipantActions;
  /** Left out when the person may not add participants. */
  onAdd?: () => void;
}

/** Who takes part, grouped by role: lead partners, funders, participants, endorsers. */
export function CampaignParticipants({ participants, actions, onAdd }: CampaignParticipantsProps) {
  return (
    <Card title="Participants" extra={onAdd && <Button onClick={onAdd}>Add participant</Button>}>
      <Flex vertical gap="large">
        {PARTICIPATION_ROLES.map((role) => (
          <RoleGroup key={role} role={role} participants={participants[role]} actions={actions} />
        ))}
      </Flex>
    </Card>
  );
}
