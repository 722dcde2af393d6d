import { type BillStatus, createBillSchema } from '@coalition/contracts';
import { createZodForm } from '@/lib/zod-form';

export interface BillFormValues {
  number?: string;
  title?: string;
  status: BillStatus;
}

export const BILL_FIELD_LABELS: Record<keyof BillFormValues, string> = {
  number: 'Bill number',
  title: 'Bill title',
  status: 'Bill status',
};

export const NEW_BILL_VALUES: BillFormValues = { status: 'filed' };

/** The contract's schema checks the number (H.1234, S.567) before the API sees it. */
export function billFormFor(issueId: string) {
  return createZodForm({
    schema: createBillSchema,
    toInput: (values: BillFormValues) => ({ ...values, issueId }),
    labels: BILL_FIELD_LABELS,
  });
}
