import { Button, Flex } from 'antd';
import { hasFilters, type MeetingFilters as Filters } from '../api/meeting-list-query';
import { CampaignSelect, IssueSelect, MeetingTypesSelect } from './choice-selects';

interface MeetingFiltersProps {
  value: Filters;
  onChange: (filters: Partial<Filters>) => void;
  onClear: () => void;
}

/** Narrow the meetings by type, issue and campaign (any of the chosen ones). */
export function MeetingFilters({ value, onChange, onClear }: MeetingFiltersProps) {
  return (
    <Flex wrap gap="small" align="center">
      <MeetingTypesSelect
        label="Filter by type"
        value={value.type ?? []}
        onChange={(type) => onChange({ type: type.length ? type : undefined })}
      />
      <IssueSelect
        label="Filter by issue"
        value={value.issueId ?? []}
        onChange={(ids) => onChange({ issueId: ids.length ? ids : undefined })}
      />
      <CampaignSelect
        label="Filter by campaign"
        value={value.campaignId ?? []}
        onChange={(ids) => onChange({ campaignId: ids.length ? ids : undefined })}
      />
      <Button type="link" onClick={onClear} disabled={!hasFilters(value)}>
        Clear filters
      </Button>
    </Flex>
  );
}
