import { INTEREST_LEVEL_LABELS, INTEREST_LEVELS, type InterestLevel } from '@coalition/contracts';
import { App, Select } from 'antd';
import { useSetInterestLevel } from '../api/use-set-interest-level';

type LevelChoice = InterestLevel | 'none';

const LEVEL_OPTIONS: { value: LevelChoice; label: string }[] = [
  { value: 'none', label: 'None' },
  ...INTEREST_LEVELS.map((value) => ({ value, label: INTEREST_LEVEL_LABELS[value] })),
];

interface InterestLevelSelectProps {
  organizationId: string;
  issueId: string;
  issueTitle: string;
  level: InterestLevel | undefined;
  note: string | null;
}

/** The organization's level on one issue, saved as soon as it is chosen. */
export function InterestLevelSelect(props: InterestLevelSelectProps) {
  const { organizationId, issueId, issueTitle, level, note } = props;
  const { mutate, isPending, variables } = useSetInterestLevel();
  const { message } = App.useApp();

  const choose = (next: LevelChoice) =>
    mutate(
      { organizationId, issueId, level: next, note },
      { onError: (error) => void message.error(`${issueTitle}: ${error.message}`) },
    );

  return (
    <Select<LevelChoice>
      aria-label={`Interest in ${issueTitle}`}
      // While saving, show the choice being saved rather than jumping back.
      value={isPending && variables ? variables.level : (level ?? 'none')}
      options={LEVEL_OPTIONS}
      onChange={choose}
      loading={isPending}
      disabled={isPending}
      virtual={false}
      style={{ width: 140 }}
    />
  );
}
