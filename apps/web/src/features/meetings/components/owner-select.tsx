import { Select } from 'antd';
import { useSession } from '@/lib/session';

/** `user:<id>`, `contact:<id>`, or '' for no owner. */
export type OwnerValue = string;

export function ownerFields(value: OwnerValue) {
  const [kind, id] = value.split(':');
  return {
    ownerUserId: kind === 'user' && id ? id : null,
    ownerContactId: kind === 'contact' && id ? id : null,
  };
}

interface OwnerSelectProps {
  label: string;
  value: OwnerValue;
  onChange: (value: OwnerValue) => void;
  /** The people at the meeting, who can own an item too. */
  people: { id: string; name: string }[];
}

/**
 * Who does it: the signed-in staff member or one of the people at the meeting. (Other staff
 * cannot be listed: the users list is for admins.)
 */
export function OwnerSelect({ label, value, onChange, people }: OwnerSelectProps) {
  const me = useSession().user;
  const options = [
    { value: '', label: 'No owner' },
    ...(me ? [{ value: `user:${me.id}`, label: `Me (${me.name})` }] : []),
    ...people.map((p) => ({ value: `contact:${p.id}`, label: p.name })),
  ];
  return (
    <Select<string>
      virtual={false}
      aria-label={label}
      options={options}
      value={value}
      onChange={onChange}
      style={{ minWidth: 200 }}
    />
  );
}
