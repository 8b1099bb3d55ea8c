// The dialog that moves a major dispute on (调处中 / 已化解 with its date / 已移交); the rest of the record is kept.
import { findingStatuses } from '@shared/register-codes';
import type { FindingRow } from '@shared/schemas/investigation-finding';
import { shanghaiDate } from '@shared/validators/date';
import { App, Col, Form, Modal, Row } from 'antd';
import { CodeSelect, IsoDatePicker, isoDateItemProps } from '../../forms/field-inputs';
import { FormFooter } from '../../forms/form-footer';
import { submitWithSchema } from '../../forms/submit';
import { findingForm, findingToValues, type FindingValues } from './finding-form';
import { useSaveFinding } from './use-investigation';

interface Props {
  finding: FindingRow | null;
  open: boolean;
  onClose: () => void;
}

function StatusForm({ finding, onDone }: { finding: FindingRow; onDone: () => void }) {
  const [form] = Form.useForm<FindingValues>();
  const save = useSaveFinding();
  const { message } = App.useApp();
  const today = shanghaiDate(new Date());
  const resolved = Form.useWatch('status', form) === 'resolved';

  const onFinish = (values: FindingValues) =>
    void submitWithSchema(
      findingForm,
      form,
      { ...findingToValues(finding), ...values },
      (data) => save.mutateAsync({ id: finding.id, investigationId: finding.investigationId, data }),
      { message, onSaved: onDone, errorPrefix: 'data.' },
    );

  return (
    <Form<FindingValues>
      form={form}
      name="findingStatus"
      layout="vertical"
      initialValues={{ status: finding.status, resolvedOn: finding.resolvedOn }}
      onValuesChange={(changed: Partial<FindingValues>) => {
        if (changed.status !== undefined && changed.status !== 'resolved') form.setFieldValue('resolvedOn', null);
      }}
      onFinish={onFinish}
    >
      <p style={{ marginTop: 0 }}>{finding.summary}</p>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="status" label="化解状态" rules={[{ required: true, message: '请选择化解状态' }]}>
            <CodeSelect list={findingStatuses} autoFocus />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="resolvedOn" label="化解日期" required={resolved} {...isoDateItemProps}>
            <IsoDatePicker
              disabled={!resolved}
              placeholder={resolved ? '请选择日期' : '已化解时填写'}
              disabledDate={(d) => d.format('YYYY-MM-DD') > today || d.format('YYYY-MM-DD') < finding.conductedOn}
            />
          </Form.Item>
        </Col>
      </Row>
      <FormFooter onCancel={onDone} saving={save.isPending} />
    </Form>
  );
}

export function StatusDialog({ finding, open, onClose }: Props) {
  return (
    <Modal open={open} title="更新重大矛盾纠纷状态" footer={null} width={560} onCancel={onClose} destroyOnHidden mask={{ closable: false }}>
      {finding && <StatusForm key={finding.id} finding={finding} onDone={onClose} />}
    </Modal>
  );
}
