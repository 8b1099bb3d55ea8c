// The window frame: side menu (only the pages the user's role may open), header with the office name and the account, and the current page.
import { roleMay } from '@shared/access';
import type { MethodName } from '@shared/contract';
import type { SessionUser } from '@shared/schemas/auth';
import { Flex, Layout, Menu, Spin, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { allowedRoutes } from '../auth/route-access';
import { UserMenu } from '../auth/user-menu';
import { QueryError } from '../components/query-error';
import { useOffice } from '../features/office/use-office';
import { allGroupKeys, appRoutes, homePath, menuItems } from './routes';
import { hrefOf, navigate, useHashPath } from './use-hash-route';

const { Sider, Header, Content } = Layout;

function OfficeTitle() {
  const office = useOffice();
  if (office.isPending) return <Typography.Text type="secondary">正在读取本所信息…</Typography.Text>;
  if (office.isError) return <Typography.Text type="danger">本所信息读取失败</Typography.Text>;
  if (office.data === null) {
    return (
      <span>
        <Typography.Text type="secondary">未设置本所信息</Typography.Text>{' '}
        <Typography.Link href={hrefOf('office')}>去填写</Typography.Link>
      </span>
    );
  }
  const { name, district, township } = office.data;
  return (
    <span>
      <Typography.Text strong style={{ fontSize: 16 }}>
        {name}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
        {district} · {township}
      </Typography.Text>
    </span>
  );
}

export function AppLayout({ user }: { user: SessionUser }) {
  const path = useHashPath();
  const office = useOffice();
  const routes = useMemo(() => allowedRoutes(appRoutes, (method) => roleMay(user.role, method as MethodName)), [user.role]);
  const route = routes.find((r) => r.path === path);
  const fallback = office.isSuccess ? (office.data ? homePath : 'office') : office.isError ? 'office' : null;

  useEffect(() => {
    if (!route && fallback) navigate(fallback, true);
  }, [route, fallback]);

  let page;
  if (route) page = <route.page />;
  else if (office.isError) page = <QueryError error={office.error} onRetry={() => void office.refetch()} />;
  else page = <Spin style={{ display: 'block', marginTop: 80 }} description="正在加载…" />;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider
        width={200}
        theme="light"
        style={{ borderRight: '1px solid rgba(5,5,5,0.06)', position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <div style={{ height: 64, display: 'flex', alignItems: 'center', paddingInline: 24 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            司法所台账
          </Typography.Title>
        </div>
        <Menu
          mode="inline"
          selectedKeys={route ? [route.path] : []}
          defaultOpenKeys={allGroupKeys}
          items={menuItems(routes)}
          onClick={({ key }) => navigate(key)}
          style={{ borderInlineEnd: 'none' }}
        />
      </Sider>
      <Layout>
        <Header
          style={{
            background: 'var(--ant-color-bg-container, #fff)',
            paddingInline: 24,
            borderBottom: '1px solid rgba(5,5,5,0.06)',
          }}
        >
          <Flex justify="space-between" align="center" style={{ height: '100%' }}>
            <OfficeTitle />
            <UserMenu user={user} />
          </Flex>
        </Header>
        <Content style={{ padding: 24 }}>{page}</Content>
      </Layout>
    </Layout>
  );
}
