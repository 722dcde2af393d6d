import { MEETING_TYPE_LABELS, MEETING_TYPES, type MeetingType } from '@coalition/contracts';
import { Select } from 'antd';
import { useState } from 'react';
import { useCampaignChoices, useChoicesWhenNeeded, useIssueChoices } from '@/lib/use-choices';
import { useOrganizationChoices } from '../api/use-choices';

interface MultiProps {
  label: string;
  /** Left out inside a Form.Item, which hands them over. */
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** Names of the chosen ones, when known, shown before the choices load. */
  known?: { id: string; name: string }[];
}

const STYLE = { minWidth: 220, maxWidth: 420 };

function withKnown(
  options: { value: string; label: string }[],
  known: { id: string; name: string }[] = [],
) {
  const missing = known.filter((k) => !options.some((o) => o.value === k.id));
  return [...options, ...missing.map((k) => ({ value: k.id, label: k.name }))];
}

export function IssueSelect({ label, value, onChange, known }: MultiProps) {
  const choices = useChoicesWhenNeeded(value);
  const issues = useIssueChoices(choices.needed);
  const options = issues.data?.items.map((i) => ({ value: i.id, label: i.title })) ?? [];
  return (
    <Select<string[]>
      mode="multiple"
      virtual={false}
      aria-label={label}
      placeholder="Any issue"
      showSearch={{ optionFilterProp: 'label' }}
      loading={issues.isFetching}
      options={withKnown(options, known)}
      onOpenChange={choices.onOpenChange}
      value={value}
      onChange={onChange}
      style={STYLE}
    />
  );
}

export function CampaignSelect({ label, value, onChange, known }: MultiProps) {
  const choices = useChoicesWhenNeeded(value);
  const campaigns = useCampaignChoices(choices.needed);
  const options = campaigns.data?.items.map((c) => ({ value: c.id, label: c.name })) ?? [];
  return (
    <Select<string[]>
      mode="multiple"
      virtual={false}
      aria-label={label}
      placeholder="Any campaign"
      showSearch={{ optionFilterProp: 'label' }}
      loading={campaigns.isFetching}
      options={withKnown(options, known)}
      onOpenChange={choices.onOpenChange}
      value={value}
      onChange={onChange}
      style={STYLE}
    />
  );
}

interface TypeSelectProps {
  label: string;
  value: MeetingType[];
  onChange: (types: MeetingType[]) => void;
}

export function MeetingTypesSelect({ label, value, onChange }: TypeSelectProps) {
  return (
    <Select<MeetingType[]>
      mode="multiple"
      virtual={false}
      aria-label={label}
      placeholder="Any type"
      options={MEETING_TYPES.map((t) => ({ value: t, label: MEETING_TYPE_LABELS[t] }))}
      value={value}
      onChange={onChange}
      style={STYLE}
    />
  );
}

interface HostSelectProps {
  /** Defaults to "Host organization". */
  label?: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The current host's name, shown before any search. */
  known?: { id: string; name: string } | null;
  id?: string;
  /** Told the chosen organization's name, for showing it elsewhere. */
  onPickName?: (name: string | undefined) => void;
}

/** The hosting organization, found by name as the person types. */
export function HostSelect(props: HostSelectProps) {
  const { value, onChange, known, id, label, onPickName } = props;
  const [q, setQ] = useState('');
  const [opened, setOpened] = useState(false);
  const organizations = useOrganizationChoices(q, opened);
  const options = organizations.data?.items.map((o) => ({ value: o.id, label: o.name })) ?? [];
  return (
    <Select<string | null>
      id={id}
      virtual={false}
      allowClear
      aria-label={label ?? 'Host organization'}
      placeholder="Search organizations"
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={organizations.isFetching}
      options={withKnown(options, known ? [known] : [])}
      onOpenChange={(open) => open && setOpened(true)}
      value={value ?? null}
      onChange={(v) => {
        onChange?.(v ?? null);
        onPickName?.(options.find((o) => o.value === v)?.label);
      }}
      style={{ minWidth: 240 }}
    />
  );
}
