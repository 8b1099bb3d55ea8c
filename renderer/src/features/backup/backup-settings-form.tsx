// The backup settings (第二备份位置, 保留每日/每周/每月备份数), validated with the shared backupSettings pieces; the second folder's problem shown under it.
import { backupSettings, type BackupSettingsValue } from '@shared/schemas/backup';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Skeleton, Space } from 'antd';
import { z } from 'zod';
import { showServerError } from '../../forms/server-error';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { QueryError } from '../../components/query-error';
import { useBackupList, useBackupSettings, useSaveBackupSettings } from './use-backup';
import { SubmitButton } from '../../components/submit-button';

/** The form is flat (one field per input); the core's field paths `policy.daily` … map onto `daily` …. */
const policy = backupSettings.shape.policy.shape;
const flatSettings = z.object({ secondFolder: backupSettings.shape.secondFolder, daily: policy.daily, weekly: policy.weekly, monthly: policy.monthly });
const settingsForm = zodForm(flatSettings);
type SettingsValues = FormValues<typeof flatSettings>;

const toValues = (s: BackupSettingsValue): SettingsValues => ({ secondFolder: s.secondFolder ?? '', ...s.policy });

function SettingsForm({ settings }: { settings: BackupSettingsValue }) {
  const [form] = Form.useForm<SettingsValues>();
  const save = useSaveBackupSettings();
  const list = useBackupList();
  const { message } = App.useApp();
  const problem = list.data?.secondFolder ? list.data.secondFolderProblem : null;

  const onFinish = async (values: SettingsValues) => {
    const parsed = settingsForm.parse(values);
    if (!parsed.ok) return form.setFields(parsed.fields);
    const { secondFolder, daily, weekly, monthly } = parsed.data;
    try {
      const saved = await save.mutateAsync({ secondFolder, policy: { daily, weekly, monthly } });
      form.setFieldsValue(toValues(saved));
      void message.success('已保存');
    } catch (err) {
      showServerError(form, settingsForm.fields, err, message, 'policy.');
    }
  };

  const keep = (name: 'daily' | 'weekly' | 'monthly', label: string, unit: string) => (
    <Col xs={24} md={8}>
      <Form.Item {...settingsForm.item(name, label)}>
        <InputNumber suffix={unit} style={{ width: 160 }} />
      </Form.Item>
    </Col>
  );

  return (
    <Form<SettingsValues> form={form} name="backupSettings" layout="vertical" initialValues={toValues(settings)} onFinish={(v) => void onFinish(v)}>
      <Form.Item
        {...settingsForm.item('secondFolder', '第二备份位置')}
        extra="每次备份后再复制一份到这里（如 U 盘或另一块磁盘上的文件夹），填完整路径；留空则不复制。不能在数据文件夹之内。"
      >
        <Input placeholder="如：E:\台账备份" maxLength={500} allowClear />
      </Form.Item>
      {problem ? <Alert type="warning" showIcon title={problem} style={{ marginTop: -8, marginBottom: 16 }} /> : null}
      <Row gutter={24}>
        {keep('daily', '保留每日备份数', '天')}
        {keep('weekly', '保留每周备份数', '周')}
        {keep('monthly', '保留每月备份数', '月')}
      </Row>
      <Form.Item extra="自动备份按这些数目轮换：保留最近若干天每天一份、若干周每周一份、若干月每月一份。手动备份不会被自动删除。" style={{ marginBottom: 0 }}>
        <Space>
          <SubmitButton busy={save.isPending}>保存</SubmitButton>
          <Button onClick={() => form.resetFields()}>撤销未保存的修改</Button>
        </Space>
      </Form.Item>
    </Form>
  );
}

export function BackupSettingsCard() {
  const settings = useBackupSettings();
  return (
    <Card title="备份设置">
      {settings.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : settings.isError ? (
        <QueryError title="备份设置加载失败" error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <SettingsForm settings={settings.data} />
      )}
    </Card>
  );
}
