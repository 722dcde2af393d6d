import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import type { AttendeeRow } from './attendee-model';

/** "On their own" is a choice like an organization; null in the API. */
const OWN = 'own';

export function organizationOptions(row: Pick<AttendeeRow, 'organizations'>) {
  return [
    ...row.organizations.map((o) => ({ value: o.id, label: o.name })),
    { value: OWN, label: 'On their own' },
  ];
}

interface OrganizationChoiceProps {
  row: AttendeeRow;
  onChange: (organizationId: string | null) => void;
  disabled?: boolean;
}

/** Whom the person represents today: one of their organizations, or on their own. */
export function OrganizationChoice({ row, onChange, disabled }: OrganizationChoiceProps) {
  return (
    <Select<string>
      virtual={false}
      aria-label={`Organization for ${row.displayName}`}
      options={organizationOptions(row)}
      value={row.organizationId ?? OWN}
      onChange={(v) => onChange(v === OWN ? null : v)}
      disabled={disabled}
      style={{ minWidth: 220 }}
    />
  );
}

interface AttendeeRowsProps {
  rows: AttendeeRow[];
  onChange: (rows: AttendeeRow[]) => void;
  /** Problems the API found with some of them, by contact id. */
  errors?: Map<string, string[]>;
}

/** The people entered so far, newest first, each with whom they represent. */
export function AttendeeRows({ rows, onChange, errors }: AttendeeRowsProps) {
  if (rows.length === 0) {
    return <Typography.Text type="secondary">No one added yet.</Typography.Text>;
  }
  return (
    <ul aria-label="Attendees" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {rows.map((row) => (
        <li key={row.contactId} style={{ padding: '4px 0' }}>
          <Flex gap="small" align="center" wrap>
            <Link to={paths.contact(row.contactId)} target="_blank" style={{ minWidth: 180 }}>
              {row.displayName}
            </Link>
            <OrganizationChoice
              row={row}
              onChange={(organizationId) =>
                onChange(rows.map((r) => (r === row ? { ...r, organizationId } : r)))
              }
            />
            <Button
              type="text"
              icon={<DeleteOutlined />}
              aria-label={`Remove ${row.displayName}`}
              onClick={() => onChange(rows.filter((r) => r !== row))}
            />
          </Flex>
          {errors?.get(row.contactId)?.map((text) => (
            <Typography.Text key={text} type="danger">
              {text}
            </Typography.Text>
          ))}
        </li>
      ))}
    </ul>
  );
}
