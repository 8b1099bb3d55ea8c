// The error panel for a failed load: a Chinese explanation and a 重试 button.
import { Button, Result } from 'antd';
import { ApiCallError, errorMessage } from '../api/client';

interface Props {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

export function QueryError({ error, title = '加载失败', onRetry }: Props) {
  const code = error instanceof ApiCallError ? error.code : null;
  // Not logged in, or this role may not: retrying cannot help (the start gate shows 登录 / 解锁 for the former).
  const refused = code === 'UNAUTHORIZED' || code === 'FORBIDDEN';
  return (
    <Result
      status={refused ? '403' : 'error'}
      title={code === 'UNAUTHORIZED' ? '请先登录' : code === 'FORBIDDEN' ? '无权访问' : title}
      subTitle={errorMessage(error)}
      extra={
        onRetry && !refused ? (
          <Button type="primary" onClick={onRetry}>
            重试
          </Button>
        ) : undefined
      }
    />
  );
}
