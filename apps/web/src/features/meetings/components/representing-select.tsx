import type { Attendance } from '@coalition/contracts';
import { Select } from 'antd';
import { useState } from 'react';
import { useCurrentAffiliations } from '../api/use-people';

/** "On their own" is a choice like an organization; null in the API. */
const OWN = 'own';

interface RepresentingSelectProps {
  row: Attendance;
  onChange: (organizationId: string | null) => void;
  disabled?: boolean;
  invalid?: boolean;
}

/**
 * Whom a recorded person represented: one of their current organizations (read from their
 * record when the select opens, so a long attendance does not ask for everyone's), the one
 * recorded (even if that affiliation has ended since), or on their own.
 */
export function RepresentingSelect({ row, onChange, disabled, invalid }: RepresentingSelectProps) {
  const [opened, setOpened] = useState(false);
  const affiliations = useCurrentAffiliations(row.contact.id, opened);
  const current = affiliations.data ?? [];
  const recorded = row.organization && !current.some((o) => o.id === row.organization?.id);
  const organizations = recorded && row.organization ? [row.organization, ...current] : current;
  return (
    <Select<string>
      virtual={false}
      aria-label={`Representing for ${row.contact.displayName}`}
      options={[
        ...organizations.map((o) => ({ value: o.id, label: o.name })),
        { value: OWN, label: 'On their own' },
      ]}
      value={row.organization?.id ?? OWN}
      loading={affiliations.isFetching}
      onOpenChange={(open) => open && setOpened(true)}
      onChange={(v) => onChange(v === OWN ? null : v)}
      disabled={disabled}
      status={invalid ? 'error' : undefined}
      style={{ minWidth: 220 }}
    />
  );
}
