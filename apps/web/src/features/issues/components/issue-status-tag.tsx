import {
  BILL_STATUS_LABELS,
  type BillStatus,
  ISSUE_STATUS_LABELS,
  type IssueStatus,
} from '@coalition/contracts';
import { Tag } from 'antd';

/** antd preset colours, so the tags follow the theme. */
const ISSUE_STATUS_COLORS: Record<IssueStatus, string> = {
  active: 'blue',
  won: 'green',
  lost: 'red',
  paused: 'default',
};

const BILL_STATUS_COLORS: Record<BillStatus, string> = {
  filed: 'default',
  in_committee: 'blue',
  reported: 'cyan',
  passed_one_chamber: 'geekblue',
  enacted: 'green',
  dead: 'red',
};

export function IssueStatusTag({ status }: { status: IssueStatus }) {
  return <Tag color={ISSUE_STATUS_COLORS[status]}>{ISSUE_STATUS_LABELS[status]}</Tag>;
}

/** "H.1234 · In committee": a bill as the list shows it under its issue. */
export function BillTag({ number, status }: { number: string; status: BillStatus }) {
  return (
    <Tag color={BILL_STATUS_COLORS[status]}>{`${number} · ${BILL_STATUS_LABELS[status]}`}</Tag>
  );
}

export function BillStatusTag({ status }: { status: BillStatus }) {
  return <Tag color={BILL_STATUS_COLORS[status]}>{BILL_STATUS_LABELS[status]}</Tag>;
}
