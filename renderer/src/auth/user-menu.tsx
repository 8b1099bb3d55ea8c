// The header's account corner: 姓名 and role tag, with 修改密码, 锁定 and 退出登录.
import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { roleLabels, type SessionUser } from '@shared/schemas/auth';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown, Space, Tag } from 'antd';
import { useState } from 'react';
import { call } from '../api/client';
import { ChangePasswordDialog } from './change-password-dialog';
import { markLocked, requireLogin } from './session';

const roleColors = { admin: 'gold', staff: 'blue', readonly: 'default' } as const;

/** Locks this session (the 锁定 item and the idle timer): the core first, then the unlock dialog. */
export async function lockSession(): Promise<void> {
  try {
    await call('auth.lock', {});
  } catch {
    // Locked on screen all the same; the core locks the session by itself after the same idle time.
  }
  markLocked();
}

export function UserMenu({ user }: { user: SessionUser }) {
  const queryClient = useQueryClient();
  const [changing, setChanging] = useState(false);

  const logout = async () => {
    try {
      await call('auth.logout', {});
    } catch {
      // A session the core no longer knows is logged out already.
    }
    queryClient.clear();
    requireLogin();
  };

  const items = [
    { key: 'password', label: '修改密码' },
    { key: 'lock', label: '锁定' },
    { type: 'divider' as const },
    { key: 'logout', label: '退出登录' },
  ];
  const onClick = ({ key }: { key: string }) => {
    if (key === 'password') setChanging(true);
    else if (key === 'lock') void lockSession();
    else if (key === 'logout') void logout();
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']}>
        <Button type="text" aria-label={`账户：${user.displayName}（${roleLabels[user.role]}）`}>
          <Space>
            <UserOutlined aria-hidden />
            {user.displayName}
            <Tag color={roleColors[user.role]} style={{ marginInlineEnd: 0 }}>
              {roleLabels[user.role]}
            </Tag>
            <DownOutlined aria-hidden style={{ fontSize: 10 }} />
          </Space>
        </Button>
      </Dropdown>
      <ChangePasswordDialog open={changing} onClose={() => setChanging(false)} />
    </>
  );
}
