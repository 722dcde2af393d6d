import { ISSUE_STATUS_LABELS, type IssueSummary } from '@coalition/contracts';
import { Select, Typography } from 'antd';
import { useCampaignChoices, useChoicesWhenNeeded, useIssueChoices } from '@/lib/use-choices';

interface ChoiceSelectProps {
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
  disabled: boolean;
}

interface ChoicesStatusProps {
  error: Error | null;
  isPending: boolean;
  /** What the choices are, in the plural: "issues". */
  noun: string;
}

/** What an open select shows while it has nothing to offer. */
function ChoicesStatus({ error, isPending, noun }: ChoicesStatusProps) {
  if (error) {
    return (
      <Typography.Text type="danger">{`Could not load ${noun}: ${error.message}`}</Typography.Text>
    );
  }
  return (
    <Typography.Text type="secondary">
      {isPending ? `Loading ${noun}…` : `No ${noun} yet`}
    </Typography.Text>
  );
}

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

const SELECT_STYLE = { minWidth: 240, maxWidth: 420 };

export function IssueChoicesSelect({ label, value, onChange, disabled }: ChoiceSelectProps) {
  const choices = useChoicesWhenNeeded(value);
  const issues = useIssueChoices(choices.needed);
  return (
    <Select<string[]>
      mode="multiple"
      virtual={false}
      aria-label={label}
      placeholder="Choose issues"
      showSearch={{ optionFilterProp: 'label' }}
      loading={issues.isFetching}
      options={issues.data ? issueOptions(issues.data.items) : []}
      notFoundContent={<ChoicesStatus {...issues} noun="issues" />}
      onOpenChange={choices.onOpenChange}
      value={value}
      onChange={onChange}
      disabled={disabled}
      style={SELECT_STYLE}
    />
  );
}

export function CampaignChoicesSelect({ label, value, onChange, disabled }: ChoiceSelectProps) {
  const choices = useChoicesWhenNeeded(value);
  const campaigns = useCampaignChoices(choices.needed);
  return (
    <Select<string[]>
      mode="multiple"
      virtual={false}
      aria-label={label}
      placeholder="Choose campaigns"
      showSearch={{ optionFilterProp: 'label' }}
      loading={campaigns.isFetching}
      options={campaigns.data?.items.map((c) => ({ value: c.id, label: c.name })) ?? []}
      notFoundContent={<ChoicesStatus {...campaigns} noun="campaigns" />}
      onOpenChange={choices.onOpenChange}
      value={value}
      onChange={onChange}
      disabled={disabled}
      style={SELECT_STYLE}
    />
  );
}
