// The error panel for a failed load: a Chinese explanation and a 重试 button.
import { Button, Result } from 'antd';
import { ApiCallError, errorMessage } from '../api/client';

interface Props {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

export function QueryError({ error, title = '加载失败', onRetry }: Props) {
  const unauthorized = error instanceof ApiCallError && error.code === 'UNAUTHORIZED';
  return (
    <Result
      status={unauthorized ? '403' : 'error'}
      title={unauthorized ? '访问凭据已失效' : title}
      subTitle={errorMessage(error)}
      extra={
        onRetry && !unauthorized ? (
          <Button type="primary" onClick={onRetry}>
            重试
          </Button>
        ) : undefined
      }
    />
  );
}
