import type { IssueSummary } from '@coalition/contracts';
import { Select } from 'antd';

interface IssueRankSelectProps {
  issue: IssueSummary;
  /** How many issues the tier holds: the positions offered are 1 to this. */
  tierSize: number;
  /** The rank being saved, shown instead of the current one meanwhile. */
  pendingRank: number | undefined;
  saving: boolean;
  onChange: (position: number) => void;
}

/** The issue's position within its tier; choosing another one re-ranks the tier. */
export function IssueRankSelect({
  issue,
  tierSize,
  pendingRank,
  saving,
  onChange,
}: IssueRankSelectProps) {
  const options = Array.from({ length: tierSize }, (_, i) => ({
    value: i + 1,
    label: String(i + 1),
  }));
  return (
    <Select<number>
      aria-label={`Rank of ${issue.title}`}
      value={pendingRank ?? issue.rank}
      options={options}
      onChange={onChange}
      loading={saving && pendingRank !== undefined}
      disabled={saving}
      virtual={false}
      popupMatchSelectWidth={false}
      style={{ width: 72 }}
    />
  );
}
