// 预防成效 of one month: the eight figures entered by hand (prevention.get / prevention.save), validated by preventionInput.
import { preventionInput, type Prevention } from '@shared/schemas/statistics';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { QueryError } from '../../components/query-error';
import { submitWithSchema } from '../../forms/submit';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { usePrevention, useSavePrevention } from './use-statistics';
import { useCan } from '../../auth/use-can';

const preventionForm = zodForm(preventionInput);
type Values = FormValues<typeof preventionInput>;
type FigureName = Exclude<keyof Prevention, 'month' | 'note' | 'updatedAt'>;

const fields: [FigureName, string, string][] = [
  ['criminalCases', '防止民转刑（件）', '件'],
  ['criminalPersons', '防止民转刑（人）', '人'],
  ['petitionCases', '防止群体性上访（件）', '件'],
  ['petitionPersons', '防止群体性上访（人）', '人'],
  ['suicideCases', '防止因纠纷自杀（件）', '件'],
  ['suicidePersons', '防止因纠纷自杀（人）', '人'],
  ['fights', '制止群体性械斗（件）', '件'],
  ['preventedDisputes', '预防纠纷（件）', '件'],
];

function FiguresForm({ figures }: { figures: Prevention }) {
  const canSave = useCan('prevention.save');
  const [form] = Form.useForm<Values>();
  const save = useSavePrevention();
  const { message } = App.useApp();
  useEffect(() => form.setFieldsValue(figures), [form, figures]);

  const onFinish = (values: Values) =>
    void submitWithSchema(preventionForm, form, { ...values, month: figures.month }, (data) => save.mutateAsync(data), {
      message,
      onSaved: (saved) => form.setFieldsValue(saved),
    });

  return (
    <Form<Values> form={form} name="prevention" layout="vertical" initialValues={figures} onFinish={onFinish} disabled={!canSave}>
      <Row gutter={16}>
        {fields.map(([name, label, unit]) => (
          <Col key={name} xs={12} md={6}>
            <Form.Item {...preventionForm.item(name, label)}>
              <InputNumber suffix={unit} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item {...preventionForm.item('note', '备注')}>
        <Input maxLength={200} placeholder="可不填" />
      </Form.Item>
      <Flex gap={12} align="center">
        {canSave && (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            保存
          </Button>
        )}
        <Typography.Text type="secondary">{figures.updatedAt ? `上次保存：${dayjs(figures.updatedAt).format('YYYY-MM-DD HH:mm')}` : '本月尚未填报'}</Typography.Text>
      </Flex>
    </Form>
  );
}

export function PreventionCard({ month, onMonth, today }: { month: string; onMonth: (m: string) => void; today: string }) {
  const answer = usePrevention(month);
  const figures = answer.data?.month === month ? answer.data : undefined;
  return (
    <Card
      title="预防成效填报"
      extra={
        <DatePicker
          picker="month"
          aria-label="填报月份"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          format="YYYY年M月"
          disabledDate={(d) => d.format('YYYY-MM') > today.slice(0, 7)}
          onChange={(d) => d && onMonth(d.format('YYYY-MM'))}
        />
      }
    >
      <Typography.Paragraph type="secondary">这些数字不能从案件中统计，按月填报；报表按统计期间内各月的合计计算。</Typography.Paragraph>
      {answer.isError && !figures ? (
        <QueryError title="预防成效加载失败" error={answer.error} onRetry={() => void answer.refetch()} />
      ) : figures ? (
        <FiguresForm key={month} figures={figures} />
      ) : (
        <Skeleton active paragraph={{ rows: 3 }} />
      )}
    </Card>
  );
}
