import {
  CONSENT_CHANNEL_LABELS,
  CONSENT_CHANNELS,
  type ConsentChannel,
  INTEREST_LEVELS,
  type InterestLevel,
  ISSUE_TIERS,
  MA_MUNICIPALITIES,
  PARTICIPATION_ROLE_LABELS,
  PARTICIPATION_ROLES,
  type ParticipationRole,
} from '@coalition/contracts';
import { DatePicker, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { CampaignChoicesSelect, IssueChoicesSelect } from './choice-selects';
import {
  type Choice,
  type DraftOperands,
  type FieldSpec,
  type LastMeetingMode,
  lastMeetingMode,
} from './filter-fields';

interface OperandsProps {
  spec: FieldSpec;
  operands: DraftOperands;
  onChange: (operands: DraftOperands) => void;
  /** "condition 2": what every control's label ends with. */
  name: string;
  disabled: boolean;
}

/** Each level also finds the organizations standing more strongly on the issue. */
const LEVEL_CHOICES: Record<InterestLevel, string> = {
  interested: 'Interested or more',
  active: 'Active or leading',
  leading: 'Leading',
};
const LEVEL_OPTIONS = INTEREST_LEVELS.map((value) => ({ value, label: LEVEL_CHOICES[value] }));
const TIER_OPTIONS = ISSUE_TIERS.map((tier) => ({ value: tier, label: `Tier ${tier}` }));
const ROLE_OPTIONS = PARTICIPATION_ROLES.map((value) => ({
  value,
  label: PARTICIPATION_ROLE_LABELS[value],
}));
const CITY_OPTIONS = MA_MUNICIPALITIES.map((m) => ({
  value: m.name,
  label: `${m.name} (${m.county} County)`,
}));
const CHANNEL_OPTIONS = CONSENT_CHANNELS.map((value) => ({
  value,
  label: CONSENT_CHANNEL_LABELS[value],
}));
const MATCH_OPTIONS = [
  { value: 'any', label: 'Any of these issues' },
  { value: 'all', label: 'Every one of these issues' },
];

const LIST_STYLE = { minWidth: 240, maxWidth: 420 };
const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function ValuesSelect(
  props: OperandsProps & { options: Choice[]; tags?: boolean; virtual?: boolean },
) {
  const { spec, operands, onChange, name, disabled, options, tags = false } = props;
  return (
    <Select<string[]>
      mode={tags ? 'tags' : 'multiple'}
      virtual={props.virtual ?? false}
      aria-label={`${capitalized(spec.noun)} of ${name}`}
      placeholder={tags ? 'Type tags, then Enter' : `Choose ${spec.noun}`}
      showSearch={{ optionFilterProp: 'label' }}
      tokenSeparators={tags ? [','] : undefined}
      notFoundContent={tags ? null : undefined}
      options={options}
      value={operands.values ?? []}
      onChange={(values) => onChange({ ...operands, values })}
      disabled={disabled}
      style={LIST_STYLE}
    />
  );
}

function LevelSelect({ operands, onChange, name, disabled }: OperandsProps) {
  return (
    <Select<InterestLevel>
      aria-label={`Lowest level of ${name}`}
      options={LEVEL_OPTIONS}
      value={operands.minLevel ?? 'interested'}
      onChange={(minLevel) => onChange({ ...operands, minLevel })}
      disabled={disabled}
      style={{ minWidth: 170 }}
    />
  );
}

function InterestOperands(props: OperandsProps) {
  const { operands, onChange, name, disabled } = props;
  return (
    <>
      <Select<'any' | 'all'>
        aria-label={`Match of ${name}`}
        options={MATCH_OPTIONS}
        value={operands.match ?? 'any'}
        onChange={(match) => onChange({ ...operands, match })}
        disabled={disabled}
        style={{ minWidth: 200 }}
      />
      <IssueChoicesSelect
        label={`Issues of ${name}`}
        value={operands.issueIds ?? []}
        onChange={(issueIds) => onChange({ ...operands, issueIds })}
        disabled={disabled}
      />
      <LevelSelect {...props} />
    </>
  );
}

function IssueTierOperands(props: OperandsProps) {
  const { operands, onChange, name, disabled } = props;
  return (
    <>
      <Select<number[]>
        mode="multiple"
        aria-label={`Tiers of ${name}`}
        placeholder="Choose tiers"
        options={TIER_OPTIONS}
        value={operands.tiers ?? []}
        onChange={(tiers) => onChange({ ...operands, tiers })}
        disabled={disabled}
        style={{ minWidth: 200 }}
      />
      <LevelSelect {...props} />
    </>
  );
}

function CampaignOperands({ operands, onChange, name, disabled }: OperandsProps) {
  return (
    <>
      <CampaignChoicesSelect
        label={`Campaigns of ${name}`}
        value={operands.campaignIds ?? []}
        onChange={(campaignIds) => onChange({ ...operands, campaignIds })}
        disabled={disabled}
      />
      <Select<ParticipationRole[]>
        mode="multiple"
        aria-label={`Roles of ${name}`}
        placeholder="In any role"
        options={ROLE_OPTIONS}
        value={operands.roles ?? []}
        onChange={(roles) => onChange({ ...operands, roles })}
        disabled={disabled}
        style={{ minWidth: 200 }}
      />
    </>
  );
}

function ConsentOperands({ operands, onChange, name, disabled }: OperandsProps) {
  return (
    <>
      <Select<ConsentChannel[]>
        mode="multiple"
        aria-label={`Channels of ${name}`}
        placeholder="Choose channels"
        options={CHANNEL_OPTIONS}
        value={operands.channels ?? []}
        onChange={(channels) => onChange({ ...operands, channels })}
        disabled={disabled}
        style={{ minWidth: 240 }}
      />
      {/* Unlike every other list, consent means all of the channels listed. */}
      <Typography.Text type="secondary">(every one listed)</Typography.Text>
    </>
  );
}

const WHEN_OPTIONS: { value: LastMeetingMode; label: string }[] = [
  { value: 'after', label: 'On or after' },
  { value: 'before', label: 'On or before' },
  { value: 'between', label: 'Between' },
  { value: 'never', label: 'Never' },
];
const DAY_FORMAT = 'MMM D, YYYY';
const ISO_DAY = 'YYYY-MM-DD';

function DayPicker(props: {
  label: string;
  value: string | undefined;
  onChange: (day: string | undefined) => void;
  disabled: boolean;
}) {
  return (
    <DatePicker
      aria-label={props.label}
      placeholder="Choose a day"
      format={DAY_FORMAT}
      value={props.value ? dayjs(props.value) : null}
      onChange={(day) => props.onChange(day ? day.format(ISO_DAY) : undefined)}
      disabled={props.disabled}
    />
  );
}

/**
 * "On or after" a day, "on or before", "between" two days, or "never". Changing the mode keeps
 * the days already chosen (switching back brings them back); only the mode's own are sent.
 */
function LastMeetingOperands({ operands, onChange, name, disabled }: OperandsProps) {
  const mode = lastMeetingMode(operands);
  const day = (key: 'after' | 'before', label: string) => (
    <DayPicker
      label={`${label} of ${name}`}
      value={operands[key]}
      onChange={(value) => onChange({ ...operands, when: mode, [key]: value })}
      disabled={disabled}
    />
  );
  return (
    <>
      <Select<LastMeetingMode>
        aria-label={`When of ${name}`}
        options={WHEN_OPTIONS}
        value={mode}
        onChange={(when) => onChange({ ...operands, when })}
        disabled={disabled}
        style={{ minWidth: 150 }}
      />
      {(mode === 'after' || mode === 'between') && day('after', 'After')}
      {mode === 'between' && <Typography.Text>and</Typography.Text>}
      {(mode === 'before' || mode === 'between') && day('before', 'Before')}
    </>
  );
}

/** The inputs of one condition, chosen by its field. */
export function ConditionOperands(props: OperandsProps) {
  const { input } = props.spec;
  switch (input.kind) {
    case 'choices':
      return <ValuesSelect {...props} options={input.choices} />;
    case 'city':
      // 351 municipalities: a virtual list keeps the dropdown fast.
      return <ValuesSelect {...props} options={CITY_OPTIONS} virtual />;
    case 'tags':
      return <ValuesSelect {...props} options={[]} tags />;
    case 'interest':
      return <InterestOperands {...props} />;
    case 'issueTier':
      return <IssueTierOperands {...props} />;
    case 'campaign':
      return <CampaignOperands {...props} />;
    case 'consent':
      return <ConsentOperands {...props} />;
    case 'lastMeeting':
      return <LastMeetingOperands {...props} />;
    case 'yesNo':
      return (
        // antd's options take text values; the operand is a boolean.
        <Select<'yes' | 'no'>
          aria-label={`Answer of ${props.name}`}
          options={[
            { value: 'yes', label: input.yes },
            { value: 'no', label: input.no },
          ]}
          value={props.operands.value === false ? 'no' : 'yes'}
          onChange={(answer) => props.onChange({ ...props.operands, value: answer === 'yes' })}
          disabled={props.disabled}
          style={{ minWidth: 220 }}
        />
      );
  }
}
