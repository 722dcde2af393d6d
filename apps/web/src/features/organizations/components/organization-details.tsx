import { languageLabel, type OrganizationDetail } from '@coalition/contracts';
import { Descriptions, type DescriptionsProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDate, formatUsdFromCents, telHref, websiteHref } from '@/lib/format';

type Items = NonNullable<DescriptionsProps['items']>;

const NONE = <Typography.Text type="secondary">—</Typography.Text>;

/** Renders a value, or a dash when the organization has not given one. */
function orNone<T>(value: T | null | undefined, render: (v: T) => ReactNode = String): ReactNode {
  return value === null || value === undefined || value === '' ? NONE : render(value);
}

function Website({ website }: { website: string }) {
  const href = websiteHref(website);
  return href ? (
    <Typography.Link href={href} target="_blank" rel="noopener noreferrer">
      {website}
    </Typography.Link>
  ) : (
    <>{website}</>
  );
}

/** Text typed over several lines keeps its line breaks. */
function Prose({ text }: { text: string }) {
  return (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
      {text}
    </Typography.Paragraph>
  );
}

export function OrganizationDetails({ organization: org }: { organization: OrganizationDetail }) {
  const items: Items = [
    { key: 'streetAddress', label: 'Address', children: orNone(org.streetAddress) },
    { key: 'city', label: 'City', children: `${org.city}, ${org.county} County` },
    { key: 'zip', label: 'ZIP', children: orNone(org.zip) },
    {
      key: 'website',
      label: 'Website',
      children: orNone(org.website, (w) => <Website website={w} />),
    },
    {
      key: 'email',
      label: 'Email',
      children: orNone(org.email, (e) => (
        <Typography.Link href={`mailto:${e}`}>{e}</Typography.Link>
      )),
    },
    {
      key: 'phone',
      label: 'Phone',
      children: orNone(org.phone, (p) => <Typography.Link href={telHref(p)}>{p}</Typography.Link>),
    },
    { key: 'joinedOn', label: 'Joined on', children: orNone(org.joinedOn, formatDate) },
    {
      key: 'annualDues',
      label: 'Annual dues',
      children: orNone(org.annualDuesCents, formatUsdFromCents),
    },
    {
      key: 'duesPaidThrough',
      label: 'Dues paid through',
      children: orNone(org.duesPaidThrough, formatDate),
    },
    {
      key: 'languages',
      label: 'Languages',
      span: 'filled',
      children: org.languages.length > 0 ? org.languages.map(languageLabel).join(', ') : NONE,
    },
    {
      key: 'description',
      label: 'Description',
      span: 'filled',
      children: orNone(org.description, (t) => <Prose text={t} />),
    },
    {
      key: 'notes',
      label: 'Notes',
      span: 'filled',
      children: orNone(org.notes, (t) => <Prose text={t} />),
    },
  ];

  return <Descriptions bordered size="middle" column={{ xs: 1, lg: 2 }} items={items} />;
}
