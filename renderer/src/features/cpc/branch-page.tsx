// 党支部 page: the office's branches with details and committee; add/edit/delete; `?open=<id>` highlights one.
import { PlusOutlined } from '@ant-design/icons';
import type { CpcBranch } from '@shared/schemas/cpc-branch';
import { App, Button, Card, Flex, Result, Skeleton, Space } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { QueryError } from '../../components/query-error';
import { BranchCard } from './branch-card';
import { BranchEditor } from './branch-form';
import { useCpcBranches, useDeleteBranch } from './use-cpc';
import { useOpenRecord } from '../../shell/use-open-record';
import { ExportButton } from '../excel/export-button';
import { PrintMenu } from '../documents/print-menu';
import { useCan } from '../../auth/use-can';

export function BranchPage() {
  const { message } = App.useApp();
  const branches = useCpcBranches();
  const remove = useDeleteBranch();
  const [openId] = useOpenRecord('cpc/branch');
  const [editor, setEditor] = useState<{ open: boolean; branch: CpcBranch | null }>({ open: false, branch: null });
  const canCreate = useCan('cpcBranch.create');
  const addButton = canCreate && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditor({ open: true, branch: null })}>
      新增党支部
    </Button>
  );

  const ready = branches.data !== undefined;
  useEffect(() => {
    if (openId !== null && ready) document.getElementById(`cpc-branch-${openId}`)?.scrollIntoView({ block: 'start' });
  }, [openId, ready]);

  const onDelete = async (b: CpcBranch) => {
    try {
      await remove.mutateAsync(b.id);
      void message.success(`已删除“${b.name}”`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  let body;
  if (branches.isPending) body = <Card><Skeleton active paragraph={{ rows: 8 }} /></Card>;
  else if (branches.isError) {
    body = <QueryError title="党支部加载失败" error={branches.error} onRetry={() => void branches.refetch()} />;
  } else if (branches.data.items.length === 0) {
    body = (
      <Card>
        <Result
          status="info"
          title="尚未登记党支部"
          subTitle="按照《中国共产党支部工作条例（试行）》，有正式党员3人以上的司法所应当成立党支部；不足3人的，可与邻近单位成立联合党支部。可先生成“关于成立党支部的请示”报上级党组织，成立后请在此登记。"
          extra={
            <Space>
              {addButton}
              <PrintMenu label="生成成立党支部请示" items={[{ key: 'branchRequest', title: '关于成立党支部的请示', target: { form: 'branchRequest' } }]} />
            </Space>
          }
        />
      </Card>
    );
  } else {
    body = branches.data.items.map((b) => (
      <BranchCard
        key={b.id}
        branch={b}
        highlighted={b.id === openId}
        onEdit={() => setEditor({ open: true, branch: b })}
        onDelete={() => onDelete(b)}
      />
    ));
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <h2 style={{ margin: 0, fontSize: 18 }}>党支部</h2>
        {ready && branches.data.items.length > 0 && (
          <Flex gap={8}>
            {addButton}
            <ExportButton list="cpcBranch" filters={{}} />
          </Flex>
        )}
      </Flex>
      {body}
      <BranchEditor open={editor.open} branch={editor.branch} onClose={() => setEditor((e) => ({ ...e, open: false }))} />
    </Flex>
  );
}
