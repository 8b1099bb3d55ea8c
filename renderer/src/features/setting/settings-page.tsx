// 设置 page: loads the case settings (setting.get) and shows their form, with loading and error states.
import { Card, Skeleton } from 'antd';
import { QueryError } from '../../components/query-error';
import { useCaseSettings } from '../case/use-cases';
import { SettingsForm } from './settings-form';

export function SettingsPage() {
  const settings = useCaseSettings();
  if (settings.isPending) {
    return (
      <Card title="案件与卷宗设置">
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (settings.isError) {
    return <QueryError title="设置加载失败" error={settings.error} onRetry={() => void settings.refetch()} />;
  }
  return <SettingsForm settings={settings.data} />;
}
