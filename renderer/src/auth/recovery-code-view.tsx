// The recovery code, shown once (after setup, after a recovery, when an admin issues a new one): copy it, tick, go on.
import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Flex, Typography } from 'antd';
import { useState } from 'react';

interface Props {
  code: string;
  /** The button after the checkbox: 进入系统 (setup, recovery) or 完成 (a new code from 账户管理). */
  continueLabel?: string;
  onContinue: () => void;
}

export function RecoveryCodeView({ code, continueLabel = '进入系统', onContinue }: Props) {
  const { message } = App.useApp();
  const [saved, setSaved] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      void message.success('恢复码已复制');
    } catch {
      void message.warning('无法自动复制，请手工抄写恢复码');
    }
  };

  return (
    <Flex vertical gap={16}>
      <Alert
        type="warning"
        showIcon
        title="恢复码只显示这一次"
        description="忘记管理员密码时，凭用户名和恢复码重设密码。请抄写在纸上，与电脑分开妥善保管；不要拍照或存在本机。"
      />
      <Flex align="center" gap={12} wrap>
        <Typography.Text
          aria-label="恢复码"
          data-testid="recovery-code"
          style={{ fontFamily: 'ui-monospace, Consolas, "Courier New", monospace', fontSize: 28, letterSpacing: 2 }}
          strong
        >
          {code}
        </Typography.Text>
        <Button icon={<CopyOutlined />} onClick={() => void copy()}>
          复制
        </Button>
      </Flex>
      <Checkbox checked={saved} onChange={(e) => setSaved(e.target.checked)}>
        我已抄写并妥善保存恢复码
      </Checkbox>
      <div>
        <Button type="primary" disabled={!saved} onClick={onContinue}>
          {continueLabel}
        </Button>
      </div>
    </Flex>
  );
}
