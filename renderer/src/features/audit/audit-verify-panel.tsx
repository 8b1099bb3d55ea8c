// The 校验审计日志 button and its result: green 完整 with the row count, or red with the first broken row.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { AuditVerifyResult } from '@shared/schemas/audit';
import { Alert, Button } from 'antd';
import { errorMessage } from '../../api/client';
import { useAuditVerify } from './use-audit';

export function useVerifyPanel(onShowRow: (id: number) => void) {
  const check = useAuditVerify();
  const button = (
    <Button icon={<SafetyCertificateOutlined />} loading={check.isPending} onClick={() => check.mutate()}>
      校验审计日志
    </Button>
  );
  const result = check.isError ? (
    <Alert type="error" showIcon title="校验未能完成" description={errorMessage(check.error)} style={{ marginBottom: 16 }} />
  ) : check.data ? (
    <VerifyResult result={check.data} onShowRow={onShowRow} />
  ) : null;
  return { button, result };
}

function VerifyResult({ result, onShowRow }: { result: AuditVerifyResult; onShowRow: (id: number) => void }) {
  if (result.ok) {
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        title="审计日志完整"
        description={`已逐条校验 ${result.checked} 条记录，未发现改动、删除或插入。`}
        style={{ marginBottom: 16 }}
      />
    );
  }
  const broken = result.firstBroken;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title="审计日志已被破坏"
      description={
        <>
          {broken?.id != null ? `首个问题在第 ${broken.id} 号记录：` : '首个问题：'}
          {broken?.reason ?? '原因不明'}。数据库文件可能被程序以外的工具改动过，请联系管理员并保留当前数据库文件。
        </>
      }
      action={
        broken?.id != null ? (
          <Button size="small" danger onClick={() => onShowRow(broken.id!)}>
            查看该记录
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
