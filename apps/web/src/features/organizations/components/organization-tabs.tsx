import type { OrganizationDetail } from '@coalition/contracts';
import { Tabs, type TabsProps } from 'antd';
import type { ReactNode } from 'react';
import type { OrganizationTab } from '../hooks/use-organization-tab';
import { OrganizationContactsTab } from './organization-contacts-tab';
import { OrganizationDetails } from './organization-details';
import { OrganizationIssuesTab } from './organization-issues-tab';

interface OrganizationTabsProps {
  organization: OrganizationDetail;
  activeTab: OrganizationTab;
  onChange: (tab: string) => void;
  /** Whether the person may change what the tabs show (the interest levels). */
  canWrite: boolean;
  /** The record's history, from another feature, handed over by the app (see the router). */
  renderActivity?: RenderActivity;
}

export type RenderActivity = (organizationId: string) => ReactNode;

type TabItem = NonNullable<TabsProps['items']>[number] & { key: OrganizationTab };

/** One entry per tab of ORGANIZATION_TABS; only the open tab renders (and fetches). */
export function tabItems(
  org: OrganizationDetail,
  canWrite: boolean,
  renderActivity?: RenderActivity,
): TabItem[] {
  const items: TabItem[] = [
    { key: 'profile', label: 'Profile', children: <OrganizationDetails organization={org} /> },
    {
      key: 'contacts',
      label: 'Contacts',
      children: <OrganizationContactsTab organizationId={org.id} />,
    },
    {
      key: 'issues',
      label: 'Issues',
      children: <OrganizationIssuesTab organizationId={org.id} editable={canWrite} />,
    },
  ];
  if (renderActivity) {
    items.push({ key: 'activity', label: 'Activity', children: renderActivity(org.id) });
  }
  return items;
}

export function OrganizationTabs(props: OrganizationTabsProps) {
  const { organization, activeTab, onChange, canWrite, renderActivity } = props;
  return (
    <Tabs
      activeKey={activeTab}
      onChange={onChange}
      items={tabItems(organization, canWrite, renderActivity)}
      destroyOnHidden
    />
  );
}
