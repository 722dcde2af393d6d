import type { ConsentChannel } from '@coalition/contracts';

/** Short channel names for tags and filters; the contracts' labels are for sentences. */
export const CONSENT_SHORT_LABELS: Record<ConsentChannel, string> = {
  email: 'Email',
  sms: 'SMS',
  phone: 'Phone',
};
