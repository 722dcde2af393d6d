import {
  type ContactDetail,
  EMAIL_LABEL_LABELS,
  languageLabel,
  PHONE_LABEL_LABELS,
} from '@coalition/contracts';
import { Descriptions, type DescriptionsProps, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { telHref } from '@/lib/format';

type Items = NonNullable<DescriptionsProps['items']>;

const NONE = <Typography.Text type="secondary">—</Typography.Text>;

/** One address or number with its label, the primary one marked. */
function Channel({
  href,
  text,
  label,
  primary,
}: {
  href: string;
  text: string;
  label: string;
  primary: boolean;
}) {
  return (
    <span>
      <Typography.Link href={href}>{text}</Typography.Link>
      <Typography.Text type="secondary">{` · ${label}`}</Typography.Text>
      {primary && (
        <Tag variant="outlined" style={{ marginInlineStart: 8 }}>
          Primary
        </Tag>
      )}
    </span>
  );
}

function listOrNone(items: ReactNode[], hidden: boolean): ReactNode {
  if (items.length > 0) return <Flex vertical>{items}</Flex>;
  // The API sends none to roles that may not see them: say so rather than "none given".
  return hidden ? <Typography.Text type="secondary">Hidden for your role</Typography.Text> : NONE;
}

interface ContactProfileProps {
  contact: ContactDetail;
  /** Whether the role sees emails and phones. */
  showDetails: boolean;
}

export function ContactProfile({ contact, showDetails }: ContactProfileProps) {
  const emails = contact.emails.map((e) => (
    <Channel
      key={e.address}
      href={`mailto:${e.address}`}
      text={e.address}
      label={EMAIL_LABEL_LABELS[e.label]}
      primary={e.primary}
    />
  ));
  const phones = contact.phones.map((p) => (
    <Channel
      key={p.number}
      href={telHref(p.number)}
      text={p.number}
      label={PHONE_LABEL_LABELS[p.label]}
      primary={p.primary}
    />
  ));
  const items: Items = [
    { key: 'emails', label: 'Email', children: listOrNone(emails, !showDetails) },
    { key: 'phones', label: 'Phone', children: listOrNone(phones, !showDetails) },
    {
      key: 'languages',
      label: 'Languages',
      children:
        contact.languages.length > 0 ? contact.languages.map(languageLabel).join(', ') : NONE,
    },
    {
      key: 'city',
      label: 'City',
      children: contact.city
        ? `${contact.city}${contact.county ? `, ${contact.county} County` : ''}`
        : NONE,
    },
    {
      key: 'notes',
      label: 'Notes',
      span: 'filled',
      children: contact.notes ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
          {contact.notes}
        </Typography.Paragraph>
      ) : (
        NONE
      ),
    },
  ];
  return <Descriptions bordered size="middle" column={{ xs: 1, lg: 2 }} items={items} />;
}
