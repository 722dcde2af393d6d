import {
  INTEREST_LEVELS,
  ISSUE_STATUS_LABELS,
  type InterestLevel,
  type IssueSummary,
} from '@coalition/contracts';
import { Select } from 'antd';
import { DEFAULT_MIN_LEVEL, type OrganizationFilters } from '../api/organization-list-query';
import { useIssueFilterChoices } from '../api/use-filter-choices';
import { ChoicesStatus, useChoicesWhenNeeded } from './filter-choices';

type IssueFilters = Pick<OrganizationFilters, 'issueId' | 'minLevel'>;

interface IssueFilterProps {
  value: IssueFilters;
  onChange: (filters: IssueFilters) => void;
}

/** Each level also finds the organizations standing more strongly on the issue. */
const LEVEL_LABELS: Record<InterestLevel, string> = {
  interested: 'Any level',
  active: 'Active or leading',
  leading: 'Leading',
};
const LEVEL_OPTIONS = INTEREST_LEVELS.map((value) => ({ value, label: LEVEL_LABELS[value] }));

/** Issues grouped by tier, in the coalition's order; past ones say how they ended. */
function issueOptions(issues: IssueSummary[]) {
  const tiers = [...new Set(issues.map((issue) => issue.tier))].sort();
  return tiers.map((tier) => ({
    label: `Tier ${tier}`,
    title: `Tier ${tier}`,
    options: issues
      .filter((issue) => issue.tier === tier)
      .map((issue) => ({
        value: issue.id,
        label:
          issue.status === 'active'
            ? issue.title
            : `${issue.title} (${ISSUE_STATUS_LABELS[issue.status]})`,
      })),
  }));
}

/** "Organizations with an interest in these issues, at least at this level". */
export function IssueFilter({ value, onChange }: IssueFilterProps) {
  const choices = useChoicesWhenNeeded(value.issueId);
  const issues = useIssueFilterChoices(choices.needed);

  return (
    <>
      <Select<string[]>
        mode="multiple"
        allowClear
        virtual={false}
        maxTagCount="responsive"
        aria-label="Filter by issue"
        placeholder="Issue"
        showSearch={{ optionFilterProp: 'label' }}
        loading={issues.isFetching}
        options={issues.data ? issueOptions(issues.data.items) : []}
        notFoundContent={<ChoicesStatus {...issues} noun="issues" />}
        onOpenChange={choices.onOpenChange}
        value={value.issueId ?? []}
        // A level means nothing without an issue: it goes with the last one.
        onChange={(ids) =>
          onChange(ids.length > 0 ? { issueId: ids } : { issueId: undefined, minLevel: undefined })
        }
        style={{ minWidth: 220 }}
      />
      <Select<InterestLevel>
        aria-label="Filter by level of interest"
        disabled={!value.issueId}
        options={LEVEL_OPTIONS}
        value={value.minLevel ?? DEFAULT_MIN_LEVEL}
        onChange={(level) =>
          onChange({ minLevel: level === DEFAULT_MIN_LEVEL ? undefined : level })
        }
        style={{ minWidth: 160 }}
      />
    </>
  );
}
