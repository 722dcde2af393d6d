import {
  OUTREACH_OUTCOME_LABELS,
  type OutreachOutcome,
  TARGET_STATE_LABELS,
  type TargetState,
} from '@coalition/contracts';
import { Tag } from 'antd';

/** antd preset colours, so the tags follow the theme: green for the outcomes a drive is after. */
const OUTCOME_COLORS: Record<OutreachOutcome, string | undefined> = {
  committed: 'green',
  reached: 'blue',
  declined: 'volcano',
  left_message: 'gold',
  no_answer: undefined,
  wrong_number: 'red',
};

const STATE_COLORS: Record<TargetState, string | undefined> = {
  untried: undefined,
  open: 'gold',
  done: 'green',
};

export function OutcomeTag({ outcome }: { outcome: OutreachOutcome }) {
  return <Tag color={OUTCOME_COLORS[outcome]}>{OUTREACH_OUTCOME_LABELS[outcome]}</Tag>;
}

export function TargetStateTag({ state }: { state: TargetState }) {
  return <Tag color={STATE_COLORS[state]}>{TARGET_STATE_LABELS[state]}</Tag>;
}
