// 本所签名密钥: the fingerprint and public key of the office's Ed25519 key, to register with the 区司法局 before the first upload.
import { Card, Descriptions, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { QueryError } from '../../components/query-error';
import { useOfficeKey } from './use-package';

/** SHA256:AbCd… in groups of four, for reading over the phone. */
export const groupedFingerprint = (fingerprint: string) => {
  const [scheme, body = ''] = fingerprint.split(':');
  return `${scheme}: ${body.match(/.{1,4}/g)?.join(' ') ?? ''}`;
};

export function OfficeKeyCard() {
  const key = useOfficeKey();
  return (
    <Card title="本所签名密钥" size="small">
      <Typography.Paragraph type="secondary">
        每个数据包都用本所的密钥签名。首次报送前，请把下面的公钥交给区司法局登记，并电话核对指纹；区司法局据此确认数据包确由本所导出、未被改动。
      </Typography.Paragraph>
      {key.isError ? (
        <QueryError title="密钥加载失败" error={key.error} onRetry={() => void key.refetch()} />
      ) : !key.data ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <Descriptions size="small" column={1} bordered styles={{ label: { width: 110 } }}>
          <Descriptions.Item label="指纹">
            <Typography.Text code copyable={{ text: key.data.fingerprint }} data-testid="office-fingerprint">
              {groupedFingerprint(key.data.fingerprint)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="公钥">
            <Typography.Text code copyable data-testid="office-public-key" style={{ wordBreak: 'break-all' }}>
              {key.data.publicKey}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="生成时间">{dayjs(key.data.createdAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
