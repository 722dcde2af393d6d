import type { BillStatus, IssueBill } from '@coalition/contracts';
import { App, Select } from 'antd';
import { isApiError } from '@/lib/api-client';
import { useUpdateBill } from '../api/use-bill-mutations';
import { BILL_STATUS_OPTIONS } from './issue-options';

function failureMessage(bill: IssueBill, error: Error): string {
  return isApiError(error) && error.code === 'bill_version_conflict'
    ? `Someone else changed ${bill.number} meanwhile. The list now shows their change; choose again if it still applies.`
    : `${bill.number}: ${error.message}`;
}

/** A bill's status, saved as soon as it is chosen (bills move through the legislature often). */
export function BillStatusSelect({ issueId, bill }: { issueId: string; bill: IssueBill }) {
  const { mutate, isPending, variables } = useUpdateBill(issueId);
  const { message } = App.useApp();

  const choose = (status: BillStatus) =>
    mutate(
      { id: bill.id, changes: { status, version: bill.version } },
      { onError: (error) => void message.error(failureMessage(bill, error)) },
    );

  return (
    <Select<BillStatus>
      aria-label={`Status of ${bill.number}`}
      // While saving, show the choice being saved rather than jumping back.
      value={isPending ? (variables.changes.status ?? bill.status) : bill.status}
      options={BILL_STATUS_OPTIONS}
      onChange={choose}
      loading={isPending}
      disabled={isPending}
      virtual={false}
      popupMatchSelectWidth={false}
      style={{ width: 220 }}
    />
  );
}
