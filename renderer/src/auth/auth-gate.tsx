// The start gate: asks `auth.status`, then shows 初始设置, 登录, or the app (with the unlock dialog over it when locked).
import { Spin } from 'antd';
import { useCallback, useEffect } from 'react';
import { QueryError } from '../components/query-error';
import { AppLayout } from '../shell/app-layout';
import { LoginPage } from './login-page';
import { loadSession, useIdleLockMinutes, useSession } from './session';
import { SetupPage } from './setup-page';
import { UnlockDialog } from './unlock-dialog';
import { useIdleLock } from './use-idle-lock';
import { lockSession } from './user-menu';

export function AuthGate() {
  const session = useSession();
  const minutes = useIdleLockMinutes();
  const onIdle = useCallback(() => void lockSession(), []);
  useIdleLock(minutes, session.kind === 'app' && !session.locked, onIdle);

  useEffect(() => {
    void loadSession();
  }, []);

  switch (session.kind) {
    case 'loading':
      return <Spin style={{ display: 'block', marginTop: 120 }} description="正在加载…" />;
    case 'error':
      return <QueryError title="无法连接本机服务" error={session.error} onRetry={() => void loadSession()} />;
    case 'setup':
      return <SetupPage office={session.office} />;
    case 'login':
      return <LoginPage notice={session.notice} />;
    case 'app':
      return (
        <>
          <AppLayout user={session.user} />
          {session.locked && <UnlockDialog user={session.user} />}
        </>
      );
  }
}
