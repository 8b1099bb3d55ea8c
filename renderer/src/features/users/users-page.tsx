// 系统 → 账户管理 (admin): the accounts with 新增账户 / 编辑 / 重设密码 / 解锁, the 安全设置 card and the admin's 恢复码.
import { PlusOutlined } from '@ant-design/icons';
import type { User } from '@shared/schemas/auth';
import { App, Button, Card, Empty, Flex, Table } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { PlainHeaderCell } from '../../components/plain-header-cell';
import { QueryError } from '../../components/query-error';
import { RecoveryCard } from './recovery-card';
import { ResetPasswordDialog } from './reset-password-dialog';
import { SecurityCard } from './security-card';
import { userColumns } from './user-columns';
import { UserEditor, type UserTarget } from './user-editor';
import { useUnlockUser, useUserList } from './use-users';

export function UsersPage() {
  const { message } = App.useApp();
  const list = useUserList();
  const unlock = useUnlockUser();
  const [editor, setEditor] = useState<{ open: boolean; target: UserTarget }>({ open: false, target: { mode: 'create' } });
  const [resetting, setResetting] = useState<User | null>(null);

  const onUnlock = async (user: User) => {
    try {
      await unlock.mutateAsync({ id: user.id });
      void message.success(`已解锁“${user.displayName}”`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  const columns = userColumns({
    now: new Date(),
    onEdit: (user) => setEditor({ open: true, target: { mode: 'edit', user } }),
    onReset: setResetting,
    onUnlock: (user) => void onUnlock(user),
  });

  return (
    <Flex vertical gap={24}>
      <Card
        title="账户管理"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditor({ open: true, target: { mode: 'create' } })}>
            新增账户
          </Button>
        }
      >
        {list.isError && !list.data ? (
          <QueryError title="账户列表加载失败" error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<User>
            rowKey="id"
            components={{ header: { cell: PlainHeaderCell } }}
            columns={columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            pagination={false}
            size="middle"
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无账户" /> }}
          />
        )}
      </Card>
      <SecurityCard />
      <RecoveryCard />
      <UserEditor open={editor.open} target={editor.target} onClose={() => setEditor((e) => ({ ...e, open: false }))} />
      <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />
    </Flex>
  );
}
