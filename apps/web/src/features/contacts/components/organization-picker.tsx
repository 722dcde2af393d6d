import { Select, type SelectProps, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useOrganizationChoice, useOrganizationChoices } from '../api/use-organization-choices';

const SEARCH_DEBOUNCE_MS = 250;

interface OrganizationPickerProps extends Omit<
  SelectProps<string>,
  'options' | 'showSearch' | 'mode'
> {
  value?: string;
  onChange?: (value: string | undefined) => void;
}

/**
 * Picks a member organization by typing part of its name: the API searches (there are 140 and
 * more), not the browser. A value set beforehand (from a link) is looked up to show its name.
 */
export function OrganizationPicker({ value, onChange, ...rest }: OrganizationPickerProps) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const choices = useOrganizationChoices(q, opened);
  const found = useMemo(
    () => (choices.data?.items ?? []).map((o) => ({ value: o.id, label: `${o.name} (${o.city})` })),
    [choices.data],
  );
  // Looked up only when the chosen one is not among the options (a link preset it).
  const missing = value !== undefined && !found.some((o) => o.value === value);
  const chosen = useOrganizationChoice(missing ? value : undefined).data;
  const options =
    missing && chosen
      ? [{ value: chosen.id, label: `${chosen.name} (${chosen.city})` }, ...found]
      : found;

  return (
    <Select<string>
      {...rest}
      value={value}
      onChange={(next) => onChange?.(next)}
      allowClear
      placeholder="Type to search member organizations"
      showSearch={{ filterOption: false, onSearch: setTyped }}
      onOpenChange={(open) => open && setOpened(true)}
      options={options}
      notFoundContent={
        choices.isFetching ? <Spin size="small" /> : q ? 'No organization matches.' : undefined
      }
    />
  );
}
