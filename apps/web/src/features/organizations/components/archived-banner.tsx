import type { OrganizationDetail } from '@coalition/contracts';
import { Alert, Button } from 'antd';
import { formatDate } from '@/lib/format';

interface ArchivedBannerProps {
  organization: OrganizationDetail;
  archivedAt: string;
  restoring: boolean;
  /** Left out when the person may not restore it: the banner only informs. */
  onRestore?: () => void;
}

/** Says why an archived organization is missing from the list, and brings it back. */
export function ArchivedBanner({
  organization,
  archivedAt,
  restoring,
  onRestore,
}: ArchivedBannerProps) {
  return (
    <Alert
      type="warning"
      showIcon
      title={`Archived on ${formatDate(archivedAt)}`}
      description={`${organization.name} no longer appears in the organization list.${onRestore ? ' Restore it to list and edit it again.' : ''}`}
      action={
        onRestore && (
          <Button size="small" loading={restoring} onClick={onRestore}>
            Restore
          </Button>
        )
      }
    />
  );
}
