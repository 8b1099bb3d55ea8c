// One package's verification: valid or not, every problem (code, message, path), and the summary read from its bag-info.txt.
import type { PackageVerifyResult } from '@shared/schemas/package';
import { Alert, Descriptions, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { periodLabel } from '../case/month-periods';
import { groupedFingerprint } from '../package/office-key-card';
import { RecordCounts } from '../package/record-counts';

type Problem = PackageVerifyResult['problems'][number];
type Summary = NonNullable<PackageVerifyResult['summary']>;

export const keyStatusMeta: Record<Summary['keyStatus'], { label: string; color: string }> = {
  registered: { label: '与登记的公钥一致', color: 'success' },
  unknown: { label: '该司法所尚未登记公钥', color: 'warning' },
  mismatch: { label: '与登记的公钥不一致', color: 'error' },
};

const safePeriodLabel = (period: string) => {
  try {
    return periodLabel(period);
  } catch {
    return period;
  }
};

function SummaryTable({ summary }: { summary: Summary }) {
  const status = keyStatusMeta[summary.keyStatus];
  return (
    <>
      <Descriptions size="small" column={2} bordered data-testid="verify-summary" style={{ marginTop: 12 }}>
        <Descriptions.Item label="司法所">{summary.officeName}</Descriptions.Item>
        <Descriptions.Item label="机构代码">{summary.officeCode}</Descriptions.Item>
        <Descriptions.Item label="统计期间">{safePeriodLabel(summary.period)}</Descriptions.Item>
        <Descriptions.Item label="导出时间">{dayjs(summary.exportedAt).isValid() ? dayjs(summary.exportedAt).format('YYYY-MM-DD HH:mm') : summary.exportedAt}</Descriptions.Item>
        <Descriptions.Item label="格式版本">{summary.formatVersion}</Descriptions.Item>
        <Descriptions.Item label="签名密钥">
          <Tag color={status.color} data-testid="key-status">
            {status.label}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label="密钥指纹" span={2}>
          <Typography.Text code copyable={{ text: summary.keyFingerprint }} data-testid="package-fingerprint">
            {groupedFingerprint(summary.keyFingerprint)}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        记录数
      </Typography.Title>
      <RecordCounts counts={summary.counts} column={3} />
    </>
  );
}

export function VerifyResult({ result }: { result: PackageVerifyResult }) {
  return (
    <div data-testid="verify-result">
      {result.valid ? (
        <Alert type="success" showIcon title={`${result.fileName} 校验通过`} description="文件完整、签名有效、数据符合格式，可以导入。" />
      ) : (
        <Alert type="error" showIcon title={`${result.fileName} 校验未通过：发现${result.problems.length}个问题`} description="请勿导入；可请司法所重新导出后再报送。" />
      )}
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        文件 SHA-256：<Typography.Text code copyable>{result.sha256}</Typography.Text>
      </Typography.Text>
      {result.problems.length > 0 && (
        <Table<Problem>
          style={{ marginTop: 12 }}
          size="small"
          rowKey={(p) => `${p.code}:${p.path ?? ''}:${p.message}`}
          pagination={false}
          dataSource={result.problems}
          aria-label="数据包问题"
          data-testid="verify-problems"
          columns={[
            { title: '代码', dataIndex: 'code', width: 200, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
            { title: '问题', dataIndex: 'message' },
            { title: '位置', dataIndex: 'path', width: 260, render: (v: string | null) => v ?? '—' },
          ]}
        />
      )}
      {result.summary && <SummaryTable summary={result.summary} />}
    </div>
  );
}
