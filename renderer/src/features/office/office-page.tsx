// 本所信息 page: loads the office profile and shows its form, with loading and error states.
import { Card, Skeleton } from 'antd';
import { QueryError } from '../../components/query-error';
import { OfficeForm } from './office-form';
import { useOffice } from './use-office';

export function OfficePage() {
  const office = useOffice();
  if (office.isPending) {
    return (
      <Card title="本所信息">
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (office.isError) {
    return <QueryError title="本所信息加载失败" error={office.error} onRetry={() => void office.refetch()} />;
  }
  return <OfficeForm office={office.data} />;
}
