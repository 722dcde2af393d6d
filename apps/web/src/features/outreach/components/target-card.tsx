import { MailOutlined, MessageOutlined, PhoneOutlined } from '@ant-design/icons';
import {
  AFFILIATION_ROLE_LABELS,
  languageLabel,
  type OutreachChannel,
  type Target,
} from '@coalition/contracts';
import { Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { reachHref } from './drive-format';

const CHANNEL_ICONS: Record<OutreachChannel, ReactNode> = {
  phone: <PhoneOutlined />,
  sms: <MessageOutlined />,
  email: <MailOutlined />,
};

function ReachAt({ target, channel }: { target: Target; channel: OutreachChannel }) {
  const { reachAt } = target.contact;
  if (!reachAt) {
    return (
      <Typography.Text type="secondary">
        Your role does not show phone numbers and email addresses.
      </Typography.Text>
    );
  }
  return (
    <Typography.Link href={reachHref(channel, reachAt)} strong style={{ fontSize: 20 }}>
      {CHANNEL_ICONS[channel]} {reachAt}
    </Typography.Link>
  );
}

interface TargetCardProps {
  target: Target;
  channel: OutreachChannel;
}

/** Who the caller is about to reach: name, how to address them, their organization, the number. */
export function TargetCard({ target, channel }: TargetCardProps) {
  const { contact, organization } = target;
  const NONE = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <section aria-label="Current target">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {/* A new tab: leaving this page would lose the caller's place in the queue. */}
        <Link to={paths.contact(contact.id)} target="_blank" rel="noopener">
          {contact.displayName}
        </Link>
        {contact.pronouns && (
          <Typography.Text type="secondary" style={{ fontSize: 16, marginLeft: 8 }}>
            {`(${contact.pronouns})`}
          </Typography.Text>
        )}
      </Typography.Title>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'reachAt',
            label: 'Reach at',
            children: <ReachAt target={target} channel={channel} />,
          },
          {
            key: 'languages',
            label: 'Languages',
            children:
              contact.languages.length > 0 ? contact.languages.map(languageLabel).join(', ') : NONE,
          },
          {
            key: 'organization',
            label: 'Organization',
            children: organization ? (
              <span>
                <Link to={paths.organization(organization.id)} target="_blank" rel="noopener">
                  {organization.name}
                </Link>
                {organization.role && ` · ${AFFILIATION_ROLE_LABELS[organization.role]}`}
              </span>
            ) : (
              NONE
            ),
          },
          ...(target.followUpOn
            ? [
                {
                  key: 'followUpOn',
                  label: 'Follow up on',
                  children: formatDate(target.followUpOn),
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}
