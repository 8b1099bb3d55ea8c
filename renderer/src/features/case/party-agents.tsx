// A party's 代理人 rows: 委托 or 法定, 授权类型 (for 委托), 代理权限, 与当事人关系, 身份证号, 电话; add and remove.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { agentAuthorities, agentKinds } from '@shared/case-codes';
import { Button, Col, Form, Input, Radio, Row, Typography } from 'antd';
import { useState } from 'react';
import { codeOptions } from '../../forms/field-inputs';
import { Field } from '../../forms/record-fields';
import { rulesAt } from './intake-rules';
import { newAgent } from './intake-values';

const MAX_AGENTS = 5;

function AgentRow({ party, index, focus, onRemove }: { party: number; index: number; focus: boolean; onRemove: () => void }) {
  const kind = Form.useWatch<string | undefined>(['parties', party, 'agents', index, 'kind']);
  const item = (field: string, label: string, required = false) => ({
    name: [index, field],
    label,
    rules: rulesAt(['parties', party, 'agents', index, field]),
    required,
  });
  return (
    <Row gutter={12} style={{ background: 'rgba(0,0,0,0.02)', padding: '8px 8px 0', marginBottom: 8, borderRadius: 6 }}>
      <Field col={{ xs: 24, md: 6 }} {...item('name', '代理人姓名', true)}>
        <Input maxLength={30} autoFocus={focus} />
      </Field>
      <Field col={{ xs: 24, md: 8 }} {...item('kind', '代理人类型', true)}>
        <Radio.Group optionType="button" options={codeOptions(agentKinds)} />
      </Field>
      {kind !== 'legal' && (
        <Field col={{ xs: 24, md: 8 }} {...item('authority', '授权类型', true)}>
          <Radio.Group optionType="button" options={codeOptions(agentAuthorities)} />
        </Field>
      )}
      <Col xs={24} md={kind !== 'legal' ? 2 : 10} style={{ textAlign: 'right', paddingTop: 30 }}>
        <Button type="text" danger icon={<DeleteOutlined />} aria-label={`删除第${index + 1}名代理人`} onClick={onRemove} />
      </Col>
      <Field col={{ xs: 24, md: 6 }} {...item('relation', '与当事人关系')}>
        <Input maxLength={30} placeholder="如：儿子、律师" />
      </Field>
      <Field col={{ xs: 24, md: 6 }} {...item('idNumber', '身份证号码')} validateDebounce={400}>
        <Input maxLength={24} />
      </Field>
      <Field col={{ xs: 24, md: 6 }} {...item('phone', '联系电话')} validateDebounce={400}>
        <Input maxLength={30} />
      </Field>
      <Field col={{ xs: 24, md: 6 }} {...item('authorityText', '代理权限')}>
        <Input maxLength={300} placeholder="如：代为调解、签收文书" />
      </Field>
    </Row>
  );
}

export function PartyAgents({ party }: { party: number }) {
  // The row just added by 添加代理人: its 代理人姓名 takes the focus as it appears.
  const [added, setAdded] = useState<number | null>(null);
  return (
    <Form.List name={[party, 'agents']}>
      {(fields, { add, remove }) => (
        <Col span={24}>
          {fields.length > 0 && <Typography.Text strong>代理人</Typography.Text>}
          {fields.map((f) => (
            <AgentRow key={f.key} party={party} index={f.name} focus={f.name === added} onRemove={() => remove(f.name)} />
          ))}
          {fields.length < MAX_AGENTS && (
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => {
                add(newAgent());
                setAdded(fields.length);
              }} style={{ marginBottom: 12 }}>
              添加代理人
            </Button>
          )}
        </Col>
      )}
    </Form.List>
  );
}
