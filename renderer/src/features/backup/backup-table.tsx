// The backups table (备份时间, 类型, 程序版本, 案件数, 附件) with 立即备份 and 恢复, and where the backups are kept.
import { CloudDownloadOutlined, RollbackOutlined } from '@ant-design/icons';
import type { BackupItem } from '@shared/schemas/backup';
import { Alert, App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { QueryError } from '../../components/query-error';
import { formatSize } from '../attachments/file-bytes';
import { backupTime, useBackupList, useCreateBackup } from './use-backup';
import { useConfirmRestore } from './use-confirm-restore';

function attachmentsText({ count, bytes }: BackupItem['attachments']): string {
  return count === 0 ? '无' : `${count} 个，${formatSize(bytes)}`;
}

export function BackupTable() {
  const list = useBackupList();
  const create = useCreateBackup();
  const confirmRestore = useConfirmRestore();
  const { message } = App.useApp();
  const [justMade, setJustMade] = useState<string | null>(null);
  const mayBackup = useCan('backup.create');
  const mayRestore = useCan('backup.restore');

  const backupNow = async () => {
    try {
      const made = await create.mutateAsync();
      setJustMade(made.item.id);
      const copied = made.secondFolderCopy ? '，并已复制到第二备份位置' : '';
      void message.success(`已备份并校验通过：${backupTime(made.item.createdAt)}${copied}`);
      if (made.secondFolderProblem) void message.warning(`第二备份位置未能写入：${made.secondFolderProblem}`, 8);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  const data = list.data;
  return (
    <Card
      title="备份与恢复"
      extra={
        mayBackup ? (
          <Button type="primary" icon={<CloudDownloadOutlined />} loading={create.isPending} onClick={() => void backupNow()}>
            {create.isPending ? '正在备份…' : '立即备份'}
          </Button>
        ) : null
      }
    >
      {create.isPending ? (
        <Alert type="info" showIcon title="正在备份数据库和附件并逐一校验，请稍候…（附件多时可能需要一两分钟）" style={{ marginBottom: 16 }} />
      ) : null}
      {list.isError ? (
        <QueryError title="备份列表加载失败" error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          {data ? (
            <Space direction="vertical" size={4} style={{ marginBottom: 12 }}>
              <Typography.Text type="secondary">
                备份保存在：<Typography.Text code>{data.root}</Typography.Text>
                {data.lastAutoAt ? `；最近一次自动备份：${backupTime(data.lastAutoAt)}` : '；尚无自动备份（程序每天和退出时自动备份）'}
              </Typography.Text>
              {data.secondFolder && data.secondFolderProblem ? <Alert type="warning" showIcon title={data.secondFolderProblem} /> : null}
            </Space>
          ) : null}
          <Table<BackupItem>
            size="small"
            rowKey="id"
            loading={list.isPending}
            dataSource={data?.items}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: '还没有备份。点“立即备份”做第一份备份。' }}
            data-testid="backup-list"
            columns={[
              {
                title: '备份时间',
                dataIndex: 'createdAt',
                width: 210,
                render: (v: string, r) => (
                  <Space size={6}>
                    {backupTime(v)}
                    {r.id === justMade ? <Tag color="green">刚刚备份</Tag> : null}
                  </Space>
                ),
              },
              { title: '类型', dataIndex: 'kind', width: 80, render: (v: BackupItem['kind']) => (v === 'auto' ? <Tag>自动</Tag> : <Tag color="blue">手动</Tag>) },
              { title: '程序版本', dataIndex: 'appVersion', width: 100 },
              { title: '案件数', key: 'cases', width: 80, align: 'right', render: (_, r) => r.counts.cases },
              { title: '附件', key: 'attachments', width: 130, align: 'right', render: (_, r) => attachmentsText(r.attachments) },
              { title: '数据库', dataIndex: 'dbBytes', width: 90, align: 'right', render: (v: number) => formatSize(v) },
              ...(mayRestore
                ? [
                    {
                      title: '操作',
                      key: 'restore',
                      width: 90,
                      render: (_: unknown, r: BackupItem) => (
                        <Button size="small" danger icon={<RollbackOutlined />} aria-label={`恢复 ${backupTime(r.createdAt)} 的备份`} onClick={() => confirmRestore(r)}>
                          恢复
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
    </Card>
  );
}
