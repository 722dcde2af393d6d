import { Divider, Flex, Layout, Spin, theme, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { paths } from '@/lib/paths';
import { useCan, useSession } from '@/lib/session';
import { SideNavigation } from './side-navigation';

// The menu needs the role labels from the contracts, which bring zod: loaded with the first
// page rather than in the shell's own code.
const UserMenu = lazy(() => import('./user-menu').then((m) => ({ default: m.UserMenu })));
// The search box (AutoComplete, contracts' labels) loads after the shell, like the menu.
const GlobalSearch = lazy(() =>
  import('@/features/search').then((m) => ({ default: m.GlobalSearch })),
);

const { Header, Sider, Content } = Layout;

export const PRODUCT_NAME = 'Coalition CRM';
export const COALITION_NAME = 'Commonwealth Immigrant Rights Coalition';

function PageLoading() {
  return (
    <Flex justify="center" style={{ paddingBlock: 64 }}>
      <Spin size="large" description="Loading" />
    </Flex>
  );
}

export function AppShell() {
  const { token } = theme.useToken();
  const { user } = useSession();
  const canSearch = useCan('members.read');
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          display: 'flex',
          alignItems: 'center',
          background: token.colorBgContainer,
          borderBottom: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
        }}
      >
        <Link to={paths.home}>
          <Typography.Text strong style={{ fontSize: token.fontSizeLG, color: token.colorPrimary }}>
            {PRODUCT_NAME}
          </Typography.Text>
        </Link>
        <Divider orientation="vertical" />
        <Typography.Text type="secondary" ellipsis>
          {COALITION_NAME}
        </Typography.Text>
        {/* The header's 64px line height would stretch the search box to the full bar. */}
        <Flex flex={1} justify="end" align="center" gap="middle" style={{ lineHeight: 'normal' }}>
          {canSearch && (
            <Suspense fallback={null}>
              <GlobalSearch />
            </Suspense>
          )}
          {user && (
            <Suspense fallback={<Typography.Text>{user.name}</Typography.Text>}>
              <UserMenu user={user} />
            </Suspense>
          )}
        </Flex>
      </Header>
      <Layout>
        <Sider
          theme="light"
          breakpoint="lg"
          collapsible
          width={220}
          style={{
            borderRight: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
          }}
        >
          <nav aria-label="Main">
            <SideNavigation />
          </nav>
        </Sider>
        <Content style={{ padding: token.paddingLG }}>
          <main
            style={{
              padding: token.paddingLG,
              background: token.colorBgContainer,
              borderRadius: token.borderRadiusLG,
            }}
          >
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </main>
        </Content>
      </Layout>
    </Layout>
  );
}
