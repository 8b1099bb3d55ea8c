// 登记的司法所: each office's code, name and key fingerprint; add one by its public key, or remove it.
import type { MethodOutput } from '@shared/contract';
import { districtOfficeInput } from '@shared/schemas/package';
import { App, Button, Card, Form, Input, Popconfirm, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { QueryError } from '../../components/query-error';
import { submitWithSchema } from '../../forms/submit';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { groupedFingerprint } from '../package/office-key-card';
import { useDistrictOffices, useRemoveOffice, useSaveOffice } from './use-district';
import { Can } from '../../auth/can';
import { useCan } from '../../auth/use-can';

type Office = MethodOutput<'district.offices'>['items'][number];
const officeForm = zodForm(districtOfficeInput);
type Values = FormValues<typeof districtOfficeInput>;

function AddOffice() {
  const [form] = Form.useForm<Values>();
  const save = useSaveOffice();
  const { message } = App.useApp();
  const onFinish = (values: Values) =>
    void submitWithSchema(officeForm, form, values, (data) => save.mutateAsync(data), { message, onSaved: () => form.resetFields() });
  const canAdd = useCan('district.saveOffice');
  if (!canAdd) return null;
  return (
    <Form<Values> form={form} name="district-office" layout="inline" onFinish={onFinish} style={{ rowGap: 8, marginBottom: 12 }}>
      <Form.Item {...officeForm.item('code', '机构代码')}>
        <Input style={{ width: 150 }} maxLength={12} />
      </Form.Item>
      <Form.Item {...officeForm.item('name', '司法所名称')}>
        <Input style={{ width: 180 }} maxLength={60} />
      </Form.Item>
      <Form.Item {...officeForm.item('publicKey', '公钥')}>
        <Input style={{ width: 380 }} maxLength={44} placeholder="司法所“数据上报”页显示的公钥" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          登记
        </Button>
      </Form.Item>
    </Form>
  );
}

export function OfficesPanel() {
  const offices = useDistrictOffices();
  const remove = useRemoveOffice();
  const { message } = App.useApp();
  return (
    <Card title="登记的司法所" size="small">
      <Typography.Paragraph type="secondary">只有登记了公钥的司法所，其数据包才能通过签名校验。同一机构代码再次登记会替换原公钥。</Typography.Paragraph>
      <AddOffice />
      {offices.isError ? (
        <QueryError title="司法所列表加载失败" error={offices.error} onRetry={() => void offices.refetch()} />
      ) : (
        <Table<Office>
          size="small"
          rowKey="code"
          loading={offices.isPending}
          dataSource={offices.data?.items}
          pagination={false}
          locale={{ emptyText: '尚未登记司法所' }}
          data-testid="district-offices"
          columns={[
            { title: '机构代码', dataIndex: 'code', width: 130 },
            { title: '司法所', dataIndex: 'name', width: 180 },
            { title: '密钥指纹', dataIndex: 'fingerprint', render: (v: string) => <Typography.Text code>{groupedFingerprint(v)}</Typography.Text> },
            { title: '登记时间', dataIndex: 'updatedAt', width: 150, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
            {
              title: '操作',
              key: 'remove',
              width: 80,
              render: (_, r) => (
                <Can method="district.removeOffice">
                  <Popconfirm
                    title={`删除${r.name}的登记？`}
                    description="已导入的数据保留；之后该所的数据包将无法通过签名校验。"
                    okText="删除"
                    okButtonProps={{ danger: true }}
                    cancelText="取消"
                    onConfirm={() => remove.mutate(r.code, { onError: (err) => void message.error(err.message) })}
                  >
                    <Button size="small" danger aria-label={`删除${r.name}`}>
                      删除
                    </Button>
                  </Popconfirm>
                </Can>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
