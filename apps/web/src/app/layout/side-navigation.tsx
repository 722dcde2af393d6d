import {
  BarChartOutlined,
  BankOutlined,
  CalendarOutlined,
  ContactsOutlined,
  FilterOutlined,
  FlagOutlined,
  NotificationOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router';
import { paths } from '@/lib/paths';

type MenuItem = Required<MenuProps>['items'][number];

/** Areas of the CRM that are planned but not built yet: visible, so people know they are coming. */
const COMING_SOON = [
  { key: 'contacts', label: 'Contacts', icon: <ContactsOutlined /> },
  { key: 'issues', label: 'Issues', icon: <FlagOutlined /> },
  { key: 'campaigns', label: 'Campaigns', icon: <NotificationOutlined /> },
  { key: 'meetings', label: 'Meetings', icon: <CalendarOutlined /> },
  { key: 'segments', label: 'Segments', icon: <FilterOutlined /> },
  { key: 'outreach', label: 'Outreach', icon: <SolutionOutlined /> },
  { key: 'reports', label: 'Reports', icon: <BarChartOutlined /> },
] as const;

const ITEMS: MenuItem[] = [
  {
    key: 'organizations',
    icon: <BankOutlined />,
    label: <Link to={paths.organizations}>Organizations</Link>,
  },
  ...COMING_SOON.map(({ key, label, icon }): MenuItem => ({
    key,
    icon,
    label,
    disabled: true,
    title: `${label}: coming soon`,
  })),
];

function selectedKey(pathname: string): string[] {
  return pathname.startsWith(paths.organizations) ? ['organizations'] : [];
}

export function SideNavigation() {
  const { pathname } = useLocation();
  return <Menu mode="inline" items={ITEMS} selectedKeys={selectedKey(pathname)} />;
}
