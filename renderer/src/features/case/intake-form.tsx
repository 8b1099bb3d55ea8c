// 收案登记: the case fields and its parties in one form; saves with Ctrl+Enter or 保存 (Enter alone never submits), then opens the case.
import { App, Button, Divider, Flex, Form, Row, Space, Typography, type FormInstance } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { ApiCallError, errorMessage } from '../../api/client';
import { useFocusAfterOpen } from '../../forms/record-form';
import { todayIso } from '../../lib/dates';
import { navigate } from '../../shell/use-hash-route';
import { IntakeCaseFields } from './intake-case-fields';
import { useIntakeDuplicates, warningCount } from './intake-duplicates';
import { checkIntake } from './intake-rules';
import { fieldOfPath, initialIntakeValues, pathOfField, type IntakeValues } from './intake-values';
import { OpenCasesAlert } from './party-duplicates';
import { PartyList } from './party-list';
import { useCreateCase } from './use-cases';

interface Props {
  onDone: () => void;
  onChange: () => void;
}

export function IntakeForm({ onDone, onChange }: Props) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<IntakeValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const create = useCreateCase();
  const duplicates = useIntakeDuplicates(form);
  useFocusAfterOpen(form, 'committeeId');

  const confirmWarnings = (count: number) =>
    new Promise<boolean>((resolve) => {
      modal.confirm({
        title: '发现可能重复的登记',
        content: `有${count}处提示：当事人可能已在其他案件中登记，或双方之间已有未结案件。请核对后再保存。`,
        okText: '仍然保存',
        cancelText: '返回核对',
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });

  const showErrors = (fields: ReturnType<typeof checkIntake>['fields'], messages: string[]) => {
    setGeneral(messages);
    if (fields.length > 0) {
      // Nested party paths are checked by fieldOfPath; antd's typed NamePath cannot spell (string | number)[].
      (form as FormInstance).setFields(fields);
      form.scrollToField(fields[0]?.name ?? 'committeeId', { block: 'center' });
      form.focusField(fields[0]?.name ?? 'committeeId');
    }
  };

  const save = async () => {
    if (busy) return;
    const values = form.getFieldsValue(true);
    const checked = checkIntake(values);
    if (checked.data === null) {
      showErrors(checked.fields, checked.general);
      return;
    }
    setGeneral([]);
    setBusy(true);
    try {
      const warnings = warningCount(await duplicates.before(values));
      if (warnings > 0 && !(await confirmWarnings(warnings))) return;
      const saved = await create.mutateAsync(checked.data);
      void message.success(`已收案登记：${saved.title}`);
      onDone();
      navigate(`case?id=${saved.id}`);
    } catch (err) {
      const name = err instanceof ApiCallError && err.field ? fieldOfPath(pathOfField(err.field)) : null;
      if (name) showErrors([{ name, errors: [err instanceof Error ? err.message : ''] }], []);
      else void message.error(`保存失败：${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <div onKeyDown={onKeyDown}>
      <Form<IntakeValues>
        form={form}
        name="intake"
        component={false}
        layout="vertical"
        initialValues={initialIntakeValues(todayIso())}
        onValuesChange={onChange}
      >
        <Row gutter={16}>
          <IntakeCaseFields />
        </Row>
        <Divider titlePlacement="start" plain>
          当事人
        </Divider>
        <OpenCasesAlert cases={duplicates.result?.openCases ?? []} />
        <PartyList duplicates={duplicates.result} general={general} />
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary">Ctrl+Enter 保存；Tab 在各栏之间移动</Typography.Text>
          <Space>
            <Button onClick={onDone}>取消</Button>
            <Button type="primary" loading={busy} onClick={() => void save()}>
              保存
            </Button>
          </Space>
        </Flex>
      </Form>
    </div>
  );
}
