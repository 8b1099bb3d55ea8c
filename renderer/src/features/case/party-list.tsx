// The parties editor of 收案登记: a card per party (applicants first as entered), add 申请人 / 被申请人, remove.
import { PlusOutlined } from '@ant-design/icons';
import type { DuplicateCheckResult } from '@shared/schemas/case-party';
import { Alert, Button, Form, Space } from 'antd';
import { newParty, type PartyValues } from './intake-values';
import { PartyCard } from './party-card';

const MAX_PARTIES = 30;

interface Props {
  duplicates: DuplicateCheckResult | undefined;
  /** Issues of the parties as a whole (请至少登记一名被申请人). */
  general: readonly string[];
}

export function PartyList({ duplicates, general }: Props) {
  const parties = Form.useWatch<PartyValues[] | undefined>('parties') ?? [];
  const roleCount = (role: string) => parties.filter((p) => p.role === role).length;
  const titleOf = (index: number) => {
    const role = parties[index]?.role ?? 'applicant';
    const n = parties.slice(0, index + 1).filter((p) => p.role === role).length;
    return `${role === 'applicant' ? '申请人' : '被申请人'} ${n}`;
  };
  const lastApplicant = parties.map((p) => p.role).lastIndexOf('applicant');
  return (
    <Form.List name="parties">
      {(fields, { add, remove }) => (
        <>
          {general.map((m) => (
            <Alert key={m} type="error" showIcon title={m} style={{ marginBottom: 12 }} />
          ))}
          {fields.map((f) => {
            const role = parties[f.name]?.role ?? 'applicant';
            return (
              <PartyCard
                key={f.key}
                index={f.name}
                title={titleOf(f.name)}
                canRemove={roleCount(role) > 1}
                onRemove={() => remove(f.name)}
                matches={duplicates?.parties.find((p) => p.index === f.name)?.matches ?? []}
              />
            );
          })}
          {fields.length < MAX_PARTIES && (
            <Space style={{ marginBottom: 16 }}>
              <Button icon={<PlusOutlined />} onClick={() => add(newParty('applicant'), lastApplicant + 1)}>
                添加申请人
              </Button>
              <Button icon={<PlusOutlined />} onClick={() => add(newParty('respondent'))}>
                添加被申请人
              </Button>
            </Space>
          )}
        </>
      )}
    </Form.List>
  );
}
