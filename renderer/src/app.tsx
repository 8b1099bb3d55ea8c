// Providers around the whole UI: Chinese locale, antd App (message/modal), TanStack Query; inside them the start gate.
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useState, type ReactNode } from 'react';
import { createQueryClient } from './api/query-client';
import { ErrorBoundary } from './components/error-boundary';
import { pageStyleNonce } from './lib/style-nonce';
import { AuthGate } from './auth/auth-gate';

dayjs.locale('zh-cn');

/**
 * Labels carry only their text, so a field's accessible name is exactly "姓名"; the red asterisk of a
 * required field is drawn outside the <label> by styles.css.
 */
const requiredMark = (label: ReactNode) => label;

const csp = { nonce: pageStyleNonce() };

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <ConfigProvider locale={zhCN} csp={csp} button={{ autoInsertSpace: false }} form={{ requiredMark }}>
      <AntdApp>
        <ErrorBoundary>
          <QueryClientProvider client={queryClient}>
            <AuthGate />
          </QueryClientProvider>
        </ErrorBoundary>
      </AntdApp>
    </ConfigProvider>
  );
}
