// 代码表: the editable dispute categories (national 15 + local sub-types) and, below, the fixed code lists, read-only.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../components/query-error';
import { useDisputeCategories } from '../case/use-cases';
import { CategoryDialog, type CategoryTarget } from './category-dialog';
import { CategoryTable } from './category-table';
import { FixedCodeLists } from './fixed-code-lists';
import { Can } from '../../auth/can';

export function CodesPage() {
  const categories = useDisputeCategories();
  const [target, setTarget] = useState<CategoryTarget | null>(null);
  const items = categories.data?.items ?? [];
  const nationals = items.filter((c) => c.parentCode === null);

  let body;
  if (categories.isPending) body = <Skeleton active paragraph={{ rows: 10 }} />;
  else if (categories.isError) body = <QueryError title="纠纷类型加载失败" error={categories.error} onRetry={() => void categories.refetch()} />;
  else body = <CategoryTable items={items} loading={categories.isFetching} onEdit={setTarget} />;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title="纠纷类型"
        extra={
          <Can method="disputeCategory.create">
            <Button type="primary" icon={<PlusOutlined />} disabled={nationals.length === 0} onClick={() => setTarget({ mode: 'create' })}>
              新增子类
            </Button>
          </Can>
        }
      >
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="全国人民调解统计的15类为内置类型，不能改名；本地需要细分时，在相应类型下新增子类，报表仍计入所属类型。停用的类型不再供新案件选择，已有案件不受影响。"
        />
        {body}
      </Card>
      <FixedCodeLists />
      <CategoryDialog target={target} nationals={nationals} onClose={() => setTarget(null)} />
    </Space>
  );
}
