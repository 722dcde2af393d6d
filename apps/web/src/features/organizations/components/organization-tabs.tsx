import type { OrganizationDetail } from '@coalition/contracts';
import { Flex, Tabs, type TabsProps } from 'antd';
import type { ReactNode } from 'react';
import { OrganizationCampaignsTab } from './organization-campaigns-tab';
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
  renderHistory?: RenderHistory;
  /** Its people's outreach outcomes, from the outreach feature, handed over the same way. */
  renderOutreach?: RenderHistory;
  /** The meetings its people attended, from the meetings feature, handed over the same way. */
  renderMeetings?: RenderHistory;
  /** Its engagement score, from the engagement feature, shown on the profile. */
  renderEngagement?: RenderHistory;
}

/** The tabs an organization's page can have; `outreach` and `history` when the app hands them. */
export type OrganizationTab =
  'profile' | 'contacts' | 'issues' | 'campaigns' | 'meetings' | 'outreach' | 'history';

export type RenderHistory = (organizationId: string) => ReactNode;

type TabItem = NonNullable<TabsProps['items']>[number] & { key: OrganizationTab };

type Panels = Pick<
  OrganizationTabsProps,
  'renderHistory' | 'renderOutreach' | 'renderMeetings' | 'renderEngagement'
>;

/** One entry per OrganizationTab; only the open tab renders (and fetches). */
export function tabItems(org: OrganizationDetail, canWrite: boolean, panels: Panels): TabItem[] {
  const { renderHistory, renderOutreach, renderMeetings, renderEngagement } = panels;
  const items: TabItem[] = [
    {
      key: 'profile',
      label: 'Profile',
      children: (
        <Flex vertical gap="large">
          <OrganizationDetails organization={org} />
          {renderEngagement?.(org.id)}
        </Flex>
      ),
    },
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
    {
      key: 'campaigns',
      label: 'Campaigns',
      children: <OrganizationCampaignsTab organizationId={org.id} />,
    },
  ];
  if (renderMeetings) {
    items.push({ key: 'meetings', label: 'Meetings', children: renderMeetings(org.id) });
  }
  if (renderOutreach) {
    items.push({ key: 'outreach', label: 'Outreach', children: renderOutreach(org.id) });
  }
  if (renderHistory) {
    items.push({ key: 'history', label: 'History', children: renderHistory(org.id) });
  }
  return items;
}

export function OrganizationTabs(props: OrganizationTabsProps) {
  const { organization, activeTab, onChange, canWrite } = props;
  return (
    <Tabs
      activeKey={activeTab}
      onChange={onChange}
      items={tabItems(organization, canWrite, props)}
      destroyOnHidden
    />
  );
}
