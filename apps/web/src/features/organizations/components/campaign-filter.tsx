import { Select } from 'antd';
import { useCampaignFilterChoices } from '../api/use-filter-choices';
import { ChoicesStatus, useChoicesWhenNeeded } from './filter-choices';

interface CampaignFilterProps {
  value: string[] | undefined;
  onChange: (campaignId: string[] | undefined) => void;
}

/** "Organizations taking part in any of these campaigns". */
export function CampaignFilter({ value, onChange }: CampaignFilterProps) {
  const choices = useChoicesWhenNeeded(value);
  const campaigns = useCampaignFilterChoices(choices.needed);

  return (
    <Select<string[]>
      mode="multiple"
      allowClear
      virtual={false}
      maxTagCount="responsive"
      aria-label="Filter by campaign"
      placeholder="Campaign"
      showSearch={{ optionFilterProp: 'label' }}
      loading={campaigns.isFetching}
      options={campaigns.data?.items.map((c) => ({ value: c.id, label: c.name })) ?? []}
      notFoundContent={<ChoicesStatus {...campaigns} noun="campaigns" />}
      onOpenChange={choices.onOpenChange}
      value={value ?? []}
      onChange={(ids) => onChange(ids.length > 0 ? ids : undefined)}
      style={{ minWidth: 200 }}
    />
  );
}
