import type { ContactDetail } from '@coalition/contracts';
import { Flex, Tabs, type TabsProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ContactAffiliations } from './contact-affiliations';
import { ContactConsent } from './contact-consent';
import { ContactProfile } from './contact-profile';

/** The tabs of a person's page; `outreach` and `history` only when the app hands them over. */
export type ContactTab = 'profile' | 'meetings' | 'outreach' | 'history';

export type RenderHistory = (contactId: string) => ReactNode;

type TabItem = NonNullable<TabsProps['items']>[number] & { key: ContactTab };

interface ContactTabsProps {
  contact: ContactDetail;
  activeTab: ContactTab;
  onChange: (tab: string) => void;
  /** Whether the person may change the organizations listed. */
  canWrite: boolean;
  /** Whether the role sees emails and phones. */
  showDetails: boolean;
  /** The record's history, from another feature, handed over by the app (see the router). */
  renderHistory?: RenderHistory;
  /** The outreach outcomes logged for the person, from the outreach feature, the same way. */
  renderOutreach?: RenderHistory;
  /** The meetings the person attended, from the meetings feature, the same way. */
  renderMeetings?: RenderHistory;
  /** Their engagement score, from the engagement feature, shown on the profile. */
  renderEngagement?: RenderHistory;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex vertical gap="small" component="section" aria-label={title}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {children}
    </Flex>
  );
}

export function ContactTabs(props: ContactTabsProps) {
  const { contact, activeTab, onChange, canWrite, showDetails, renderHistory, renderOutreach } =
    props;
  const { renderMeetings, renderEngagement } = props;
  const items: TabItem[] = [
    {
      key: 'profile',
      label: 'Profile',
      children: (
        <Flex vertical gap="large">
          <ContactProfile contact={contact} showDetails={showDetails} />
          {renderEngagement?.(contact.id)}
          <Section title="Consent to be contacted">
            <ContactConsent contact={contact} />
          </Section>
          <Section title="Organizations">
            <ContactAffiliations
              contactId={contact.id}
              affiliations={contact.affiliations}
              canWrite={canWrite}
            />
          </Section>
        </Flex>
      ),
    },
  ];
  if (renderMeetings) {
    items.push({ key: 'meetings', label: 'Meetings', children: renderMeetings(contact.id) });
  }
  if (renderOutreach) {
    items.push({ key: 'outreach', label: 'Outreach', children: renderOutreach(contact.id) });
  }
  if (renderHistory) {
    items.push({ key: 'history', label: 'History', children: renderHistory(contact.id) });
  }
  return <Tabs activeKey={activeTab} onChange={onChange} items={items} destroyOnHidden />;
}
