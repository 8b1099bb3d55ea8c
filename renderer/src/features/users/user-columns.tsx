// The columns of 账户管理: 用户名, 姓名, 角色, 状态, 最近登录 and the row's 编辑 / 重设密码 / 解锁.
import { roleLabels, type User } from '@shared/schemas/auth';
import { Button, Space, Tag, type TableColumnsType } from 'antd';
import { isLocked, lastLoginText, userStatus } from './user-status';

const toneColors = { ok: 'green', off: 'default', locked: 'red' } as const;

interface Actions {
  now: Date;
  onEdit: (user: User) => void;
  onReset: (user: User) => void;
  onUnlock: (user: User) => void;
}

export function userColumns({ now, onEdit, onReset, onUnlock }: Actions): TableColumnsType<User> {
  return [
    { key: 'username', title: '用户名', dataIndex: 'username' },
    { key: 'displayName', title: '姓名', dataIndex: 'displayName' },
    { key: 'role', title: '角色', render: (_, u) => roleLabels[u.role] },
    {
      key: 'status',
      title: '状态',
      render: (_, u) => {
        const status = userStatus(u, now);
        return <Tag color={toneColors[status.tone]}>{status.text}</Tag>;
      },
    },
    { key: 'lastLoginAt', title: '最近登录', render: (_, u) => lastLoginText(u.lastLoginAt) },
    {
      key: 'actions',
      title: '操作',
      render: (_, u) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onEdit(u)} aria-label={`编辑 ${u.username}`}>
            编辑
          </Button>
          <Button type="link" size="small" onClick={() => onReset(u)} aria-label={`重设密码 ${u.username}`}>
            重设密码
          </Button>
          {isLocked(u, now) && (
            <Button type="link" size="small" onClick={() => onUnlock(u)} aria-label={`解锁 ${u.username}`}>
              解锁
            </Button>
          )}
        </Space>
      ),
    },
  ];
}
