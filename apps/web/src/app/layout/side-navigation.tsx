import type { Permission } from '@coalition/contracts';
import {
  AuditOutlined,
  BarChartOutlined,
  BankOutlined,
  CalendarOutlined,
  ContactsOutlined,
  DatabaseOutlined,
  FilterOutlined,
  FlagOutlined,
  ImportOutlined,
  NotificationOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { paths } from '@/lib/paths';
import { useSession } from '@/lib/session';

type MenuItem = Required<MenuProps>['items'][number];

interface Area {
  key: string;
  label: string;
  icon: ReactNode;
  /** What the role needs to use the area: without it the item is not shown at all. */
  permission: Permission;
  /** Absent for an area that is planned but not built yet (shown disabled, "coming soon"). */
  path?: string;
}

/** The member areas, then administration; planned ones are visible so people know they come. */
const MEMBER_AREAS: Area[] = [
  {
    key: 'organizations',
    label: 'Organizations',
    icon: <BankOutlined />,
    permission: 'members.read',
    path: paths.organizations,
  },
  {
    key: 'contacts',
    label: 'Contacts',
    icon: <ContactsOutlined />,
    permission: 'members.read',
    path: paths.contacts,
  },
  {
    key: 'issues',
    label: 'Issues',
    icon: <FlagOutlined />,
    permission: 'members.read',
    path: paths.issues,
  },
  {
    key: 'campaigns',
    label: 'Campaigns',
    icon: <NotificationOutlined />,
    permission: 'members.read',
    path: paths.campaigns,
  },
  {
    // Everyone who reads members follows meetings; logging them needs meetings.write.
    key: 'meetings',
    label: 'Meetings',
    icon: <CalendarOutlined />,
    permission: 'members.read',
    path: paths.meetings,
  },
  // Segments are organizers' tools: no read-only use for other roles.
  {
    key: 'segments',
    label: 'Segments',
    icon: <FilterOutlined />,
    permission: 'segments.write',
    path: paths.segments,
  },
  {
    // Leadership and viewers follow the drives' progress; working a list needs outreach.write.
    key: 'outreach',
    label: 'Outreach',
    icon: <SolutionOutlined />,
    permission: 'members.read',
    path: paths.outreach,
  },
  {
    key: 'reports',
    label: 'Reports',
    icon: <BarChartOutlined />,
    permission: 'reports.read',
    path: paths.reports,
  },
  {
    // Bringing members in from spreadsheets is an organizer's job, like editing them.
    key: 'imports',
    label: 'Imports',
    icon: <ImportOutlined />,
    permission: 'imports.run',
    path: paths.imports,
  },
];

const ADMIN_AREAS: Area[] = [
  {
    key: 'users',
    label: 'Users',
    icon: <TeamOutlined />,
    permission: 'users.manage',
    path: paths.users,
  },
  {
    key: 'audit',
    label: 'Audit trail',
    icon: <AuditOutlined />,
    permission: 'audit.read',
    path: paths.audit,
  },
  {
    // Everything in one zip: a backup, so admins only (it holds every contact detail).
    key: 'full-export',
    label: 'Full export',
    icon: <DatabaseOutlined />,
    permission: 'backup.run',
    path: paths.fullExport,
  },
];

function toItem({ key, label, icon, path }: Area): MenuItem {
  return path
    ? { key, icon, label: <Link to={path}>{label}</Link> }
    : { key, icon, label, disabled: true, title: `${label}: coming soon` };
}

function itemsFor(can: (permission: Permission) => boolean): MenuItem[] {
  const members = MEMBER_AREAS.filter((area) => can(area.permission)).map(toItem);
  const admin = ADMIN_AREAS.filter((area) => can(area.permission)).map(toItem);
  return admin.length > 0 ? [...members, { type: 'divider' }, ...admin] : members;
}

function selectedKey(pathname: string): string[] {
  const area = [...MEMBER_AREAS, ...ADMIN_AREAS].find(
    ({ path }) => path && (pathname === path || pathname.startsWith(`${path}/`)),
  );
  return area ? [area.key] : [];
}

/** The areas the signed-in person's role may use, and only those. */
export function SideNavigation() {
  const { pathname } = useLocation();
  const { can } = useSession();
  return <Menu mode="inline" items={itemsFor(can)} selectedKeys={selectedKey(pathname)} />;
}
