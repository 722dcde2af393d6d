import type {
  BillDetail,
  CreateBillInput,
  IssueBill,
  IssueDetail,
  UpdateBillInput,
} from '@coalition/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { issueKeys } from './issue-keys';

export interface UpdateBillVariables {
  id: string;
  /** Only the changed fields, and the version they were read at. */
  changes: UpdateBillInput;
}

export function createBill(input: CreateBillInput): Promise<BillDetail> {
  return apiRequest<BillDetail>('/bills', { method: 'POST', body: input });
}

export function updateBill({ id, changes }: UpdateBillVariables): Promise<BillDetail> {
  return apiRequest<BillDetail>(`/bills/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: changes,
  });
}

function asIssueBill({ id, number, title, status, version }: BillDetail): IssueBill {
  return { id, number, title, status, version };
}

/** Replaces the bill in place (the rows keep their order) or adds it at the end. */
function withBill(bills: IssueBill[], bill: IssueBill): IssueBill[] {
  return bills.some((b) => b.id === bill.id)
    ? bills.map((b) => (b.id === bill.id ? bill : b))
    : [...bills, bill];
}

/**
 * A saved bill shows at once under its issue; the issue and the agenda are then refetched for
 * the server's order of bills.
 */
function storeSavedBill(queryClient: QueryClient, bill: BillDetail): void {
  queryClient.setQueryData<IssueDetail>(issueKeys.detail(bill.issueId), (issue) =>
    issue ? { ...issue, bills: withBill(issue.bills, asIssueBill(bill)) } : issue,
  );
  void queryClient.invalidateQueries({ queryKey: issueKeys.detail(bill.issueId) });
  void queryClient.invalidateQueries({ queryKey: issueKeys.lists() });
}

export function useCreateBill() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBill,
    onSuccess: (bill) => storeSavedBill(queryClient, bill),
  });
}

export function useUpdateBill(issueId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateBill,
    onSuccess: (bill) => storeSavedBill(queryClient, bill),
    // A stale version: reload the issue so its bills show what someone else saved.
    onError: () => void queryClient.invalidateQueries({ queryKey: issueKeys.detail(issueId) }),
  });
}
