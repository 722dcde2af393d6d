import { Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { telHref } from '@/lib/format';

const NONE = <Typography.Text type="secondary">—</Typography.Text>;

interface Reachable {
  primaryEmail: string | null;
  primaryPhone: string | null;
}

/**
 * The Email and Phone columns of every table of people: the primary address and number as
 * mailto: and tel: links. Tables leave them out for roles without contact details.
 */
export function contactChannelColumns<T extends Reachable>(): ColumnType<T>[] {
  return [
    {
      key: 'email',
      title: 'Email',
      render: (_: unknown, person: T) =>
        person.primaryEmail ? (
          <Typography.Link href={`mailto:${person.primaryEmail}`}>
            {person.primaryEmail}
          </Typography.Link>
        ) : (
          NONE
        ),
    },
    {
      key: 'phone',
      title: 'Phone',
      render: (_: unknown, person: T) =>
        person.primaryPhone ? (
          <Typography.Link href={telHref(person.primaryPhone)}>
            {person.primaryPhone}
          </Typography.Link>
        ) : (
          NONE
        ),
    },
  ];
}
