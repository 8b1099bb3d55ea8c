// The centred card the pages before login share (初始设置, 登录, 忘记密码), under the app's name.
import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

export function AuthFrame({ title, width = 440, children }: { title: string; width?: number; children: ReactNode }) {
  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', padding: '48px 16px', background: '#f5f5f5' }}>
      <Typography.Title level={2} style={{ marginBottom: 24 }}>
        司法所台账
      </Typography.Title>
      <Card title={<h1 style={{ fontSize: 18, margin: 0 }}>{title}</h1>} style={{ width: '100%', maxWidth: width }}>
        {children}
      </Card>
    </Flex>
  );
}
