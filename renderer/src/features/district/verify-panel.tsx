// 校验与导入: pick a package (.zip), verify it, register the office's key when unknown (after comparing fingerprints), then import.
import { CheckCircleOutlined, ImportOutlined, UploadOutlined } from '@ant-design/icons';
import { MAX_PACKAGE_BYTES, MAX_PACKAGE_MB, type PackageVerifyResult } from '@shared/schemas/package';
import { Alert, App, Button, Card, Flex, Popconfirm, Result, Typography, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { fileToBase64 } from '../attachments/file-bytes';
import { useImportPackage, useSaveOffice, useVerifyPackage } from './use-district';
import { VerifyResult } from './verify-result';
import { Can } from '../../auth/can';

interface Picked {
  fileName: string;
  dataBase64: string;
}

const outcomeText = { imported: '已导入', replaced: '已导入，替换了该司法所同一期间较早的数据包', unchanged: '该数据包此前已导入，数据没有变化' } as const;

export function VerifyPanel() {
  const { message } = App.useApp();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [reading, setReading] = useState(false);
  const verify = useVerifyPackage();
  const importing = useImportPackage();
  const saveOffice = useSaveOffice();
  const result: PackageVerifyResult | undefined = verify.data;
  const summary = result?.summary;

  const check = (upload: Picked) => {
    importing.reset();
    verify.mutate(upload, { onError: (err) => void message.error(`校验失败：${errorMessage(err)}`) });
  };
  const pick = async (file: File) => {
    if (file.size > MAX_PACKAGE_BYTES) {
      void message.error(`数据包超过 ${MAX_PACKAGE_MB} MB，请用命令行 verify / import 处理`);
      return;
    }
    setReading(true);
    try {
      const upload = { fileName: file.name, dataBase64: await fileToBase64(file) };
      setPicked(upload);
      check(upload);
    } catch (err) {
      void message.error(errorMessage(err));
    } finally {
      setReading(false);
    }
  };
  const register = () => {
    if (!summary || !picked) return;
    saveOffice.mutate(
      { code: summary.officeCode, name: summary.officeName, publicKey: summary.publicKey },
      { onSuccess: () => (void message.success(`已登记${summary.officeName}的公钥`), check(picked)), onError: (err) => void message.error(errorMessage(err)) },
    );
  };

  return (
    <Card title="校验与导入数据包">
      <Typography.Paragraph type="secondary">
        选择司法所报送的数据包（.zip）。先检查压缩包安全、文件完整、签名和数据格式，全部通过后才能导入；文件只在内存中读取，不会解压到磁盘。
      </Typography.Paragraph>
      <Flex gap={8} wrap>
        <Upload accept=".zip,application/zip" maxCount={1} showUploadList={false} beforeUpload={(file) => (void pick(file), Upload.LIST_IGNORE)}>
          <Button type="primary" icon={<UploadOutlined />} loading={reading || verify.isPending}>
            选择数据包并校验
          </Button>
        </Upload>
        {picked && (
          <Button icon={<CheckCircleOutlined />} loading={verify.isPending} onClick={() => check(picked)}>
            重新校验
          </Button>
        )}
      </Flex>
      {result && (
        <div style={{ marginTop: 16 }}>
          <VerifyResult result={result} />
          {summary?.keyStatus === 'unknown' && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 12 }}
              title={`${summary.officeName}尚未登记签名公钥`}
              description="请与该司法所电话核对上面的密钥指纹（其“数据上报”页显示），一致后再登记；登记后重新校验。"
              action={
                <Can method="district.saveOffice">
                  <Popconfirm title="确认指纹已核对一致？" okText="登记" cancelText="取消" onConfirm={register}>
                    <Button loading={saveOffice.isPending}>登记此司法所公钥</Button>
                  </Popconfirm>
                </Can>
              }
            />
          )}
          {result.valid && (
            <Flex gap={12} align="center" style={{ marginTop: 12 }}>
              <Can method="district.import">
                <Button type="primary" icon={<ImportOutlined />} loading={importing.isPending} disabled={!picked} onClick={() => picked && importing.mutate(picked)}>
                  导入
                </Button>
              </Can>
              {importing.isError && <Typography.Text type="danger">{errorMessage(importing.error)}</Typography.Text>}
            </Flex>
          )}
          {importing.data && <Result status="success" style={{ padding: '16px 0' }} title={outcomeText[importing.data.outcome]} subTitle={`数据包编号 ${importing.data.packageId}`} data-testid="import-outcome" />}
        </div>
      )}
    </Card>
  );
}
