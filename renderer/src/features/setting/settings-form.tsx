// The case settings form: deadlines, the 卷号 pattern with a live preview and the 保管期限 list; validated by caseSettings.
import { caseSettings, type CaseSettings } from '@shared/schemas/setting';
import { App, Button, Card, Form, Input, InputNumber, Space, type FormRule } from 'antd';
import { submitWithSchema } from '../../forms/submit';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { useUpdateCaseSettings } from '../case/use-cases';
import { DossierPreview } from './dossier-preview';
import { RetentionEditor } from './retention-editor';
import { SettingField } from './setting-field';
import { useCan } from '../../auth/use-can';

const settingsForm = zodForm(caseSettings);
type SettingsValues = FormValues<typeof caseSettings>;
const defaults: CaseSettings = caseSettings.parse({});

/** A day count: no min/max/precision on the input, so a value out of range is said (应在1–28之间), never clamped or rounded. */
const days = (name: 'entryDeadlineDay' | 'concludeWithinDays' | 'followUpDays' | 'confirmationDays', label: string, help: string, max: number, unit: string) => (
  <SettingField
    key={name}
    binding={settingsForm.item(name, label)}
    help={help}
    defaultValue={defaults[name]}
    defaultText={`${defaults[name]}${unit}`}
    after={`可填 1–${max}`}
  >
    <InputNumber id={`settings_${name}`} suffix={unit} style={{ width: 140 }} />
  </SettingField>
);

/** {序号:12}: the schema only says the pattern lacks {序号}; say what is wrong with the width. */
const serialWidthRule: FormRule = {
  validator: async (_rule, value: unknown) => {
    if (typeof value !== 'string') return;
    for (const [, width] of value.matchAll(/\{序号:([^}]*)\}/g)) {
      if (!/^[1-9]$/.test(width ?? '')) throw new Error(`序号位数应为1–9位，如{序号:3}；“{序号:${width ?? ''}}”不可用`);
    }
  },
};

export function SettingsForm({ settings }: { settings: CaseSettings }) {
  const canSave = useCan('setting.update');
  const [form] = Form.useForm<SettingsValues>();
  const save = useUpdateCaseSettings();
  const { message } = App.useApp();
  const pattern: unknown = Form.useWatch('dossierNumberPattern', form);

  const onFinish = (values: SettingsValues) =>
    void submitWithSchema(settingsForm, form, values, (data) => save.mutateAsync(data), {
      message,
      onSaved: (saved) => form.setFieldsValue(saved),
    });

  return (
    <Card title="案件与卷宗设置" style={{ maxWidth: 920 }}>
      <Form<SettingsValues> form={form} name="settings" layout="vertical" initialValues={settings} onFinish={onFinish} disabled={!canSave}>
        {days('entryDeadlineDay', '月度录入截止日', '某月结案的案件，须在次月这一天结束前录入台账（工作规范要求第一周内，默认每月7日）。', 28, '日')}
        {days('concludeWithinDays', '调解期限天数', '受理后应在这么多天内调解终结，超过时在案件和工作台上提醒。', 365, '天')}
        {days('followUpDays', '回访期限天数', '调解协议达成后应在这么多天内完成回访，到期未回访时提醒。', 365, '天')}
        {days('confirmationDays', '司法确认申请期限天数', '协议生效后当事人可在这么多天内共同向人民法院申请司法确认（人民调解法第三十三条为30日）。', 365, '天')}
        <SettingField
          binding={settingsForm.item('dossierNumberPattern', '卷号格式')}
          help={
            <>
              须包含{'{年}'}、{'{简称}'}（调委会的卷号简称）和{'{序号}'}或{'{序号:位数}'}（前面补零）；每个调委会每年从1起编号，改动只影响以后新建的卷宗。
              <DossierPreview pattern={pattern} />
            </>
          }
          defaultValue={defaults.dossierNumberPattern}
          defaultText={defaults.dossierNumberPattern}
          rules={[serialWidthRule]}
        >
          <Input id="settings_dossierNumberPattern" maxLength={60} style={{ maxWidth: 420 }} />
        </SettingField>
        <SettingField
          binding={settingsForm.item('retentionPeriods', '保管期限')}
          help="立卷归档时可选的保管期限，按本地档案管理规定设置；列表顺序就是立卷时选项的顺序。"
          defaultValue={defaults.retentionPeriods}
          defaultText={defaults.retentionPeriods.join('、')}
        >
          <RetentionEditor />
        </SettingField>
        <Form.Item style={{ marginBottom: 0 }} hidden={!canSave}>
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              保存
            </Button>
            <Button onClick={() => form.resetFields()}>撤销未保存的修改</Button>
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}
