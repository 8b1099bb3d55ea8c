// One party of the intake: 申请人/被申请人 and 自然人/单位 switches, the matching fields, 代理人, and its duplicate warnings.
import { DeleteOutlined } from '@ant-design/icons';
import { partyKinds, partyRoles } from '@shared/case-codes';
import type { DuplicateCheckResult } from '@shared/schemas/case-party';
import { Button, Card, Form, Radio, Row, Space } from 'antd';
import { codeOptions } from '../../forms/field-inputs';
import { PartyAgents } from './party-agents';
import { PartyDuplicateAlerts } from './party-duplicates';
import { OrganisationFields, PersonFields } from './party-fields';
import type { PartyKind } from './intake-values';

type Match = DuplicateCheckResult['parties'][number]['matches'][number];

interface Props {
  index: number;
  /** 申请人 1, 被申请人 2 … */
  title: string;
  canRemove: boolean;
  onRemove: () => void;
  matches: readonly Match[];
}

export function PartyCard({ index, title, canRemove, onRemove, matches }: Props) {
  const kind = Form.useWatch<PartyKind | undefined>(['parties', index, 'kind']);
  return (
    <Card
      size="small"
      title={title}
      style={{ marginBottom: 12 }}
      extra={
        <Space size={12} wrap>
          <Form.Item name={[index, 'role']} noStyle>
            <Radio.Group aria-label={`${title}的类别`} optionType="button" size="small" options={codeOptions(partyRoles)} />
          </Form.Item>
          <Form.Item name={[index, 'kind']} noStyle>
            <Radio.Group aria-label={`${title}的类型`} optionType="button" size="small" options={codeOptions(partyKinds)} />
          </Form.Item>
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            disabled={!canRemove}
            title={canRemove ? undefined : '至少需要一名申请人和一名被申请人'}
            onClick={onRemove}
          >
            删除
          </Button>
        </Space>
      }
    >
      <PartyDuplicateAlerts matches={matches} />
      <Row gutter={12}>
        {kind === 'organization' ? <OrganisationFields index={index} /> : <PersonFields index={index} />}
        <PartyAgents party={index} />
      </Row>
    </Card>
  );
}
