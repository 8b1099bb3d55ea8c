// 当事人: applicants and respondents with their particulars and 代理人; add, edit and delete through party.*.
import { PlusOutlined } from '@ant-design/icons';
import { agentAuthorities, agentKinds, partyRoles } from '@shared/case-codes';
import { ethnicities, genders, labelOf } from '@shared/codes';
import type { CaseDetail } from '@shared/schemas/case';
import type { CaseParty } from '@shared/schemas/case-party';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../../api/client';
import { PartyEditor, type PartyTarget } from './case-page-party-form';
import { useDeleteParty } from './use-cases';
import { Can } from '../../auth/can';

function particulars(p: CaseParty) {
  const items: { key: string; label: string; children: ReactNode }[] = [];
  const add = (key: string, label: string, v: string | null, code = false) => {
    // Codes (ID numbers, credit codes, phones) stay on one line.
    if (v) items.push({ key, label, children: code ? <span style={{ whiteSpace: 'nowrap' }}>{v}</span> : v });
  };
  if (p.kind === 'person') {
    add('gender', '性别', p.gender ? labelOf(genders, p.gender) : null);
    add('ethnicity', '民族', p.ethnicity ? labelOf(ethnicities, p.ethnicity) : null);
    add('birthDate', '出生日期', p.birthDate);
    add('occupation', '职业', p.occupation);
    add('idNumber', '身份证号码', p.idNumber, true);
  } else {
    add('creditCode', '统一社会信用代码', p.creditCode, true);
    add('legalRepresentative', '法定代表人', p.legalRepresentative);
  }
  add('phone', '联系电话', p.phone, true);
  add('address', p.kind === 'person' ? '住址' : '住所', p.address);
  for (const a of p.agents) {
    const kind = labelOf(agentKinds, a.kind);
    const authority = a.authority ? `，${labelOf(agentAuthorities, a.authority)}` : '';
    const extra = [a.relation, a.phone, a.authorityText].filter(Boolean).join('；');
    items.push({ key: `agent-${a.id}`, label: kind, children: `${a.name}${authority}${extra ? `（${extra}）` : ''}` });
  }
  return items;
}

function PartyBlock({ p, locked, onEdit, onDelete }: { p: CaseParty; locked: boolean; onEdit: () => void; onDelete: () => Promise<void> }) {
  return (
    <section aria-label={`${labelOf(partyRoles, p.role)} ${p.name}`} style={{ padding: '8px 0', borderBottom: '1px solid rgba(5,5,5,0.06)' }}>
      <Flex justify="space-between" align="center" gap={8}>
        <Space size={8}>
          <Tag color={p.role === 'applicant' ? 'blue' : 'orange'}>{labelOf(partyRoles, p.role)}</Tag>
          <Typography.Text strong>{p.name}</Typography.Text>
          {p.kind === 'organization' && <Tag>单位</Tag>}
        </Space>
        {!locked && (
          <Space size={0}>
            <Can method="party.update">
              <Button type="link" size="small" onClick={onEdit}>
                编辑
              </Button>
            </Can>
            <Can method="party.delete">
              <Popconfirm
                title={`删除当事人“${p.name}”？`}
                description="卷名会随之改变；至少需保留一名申请人和一名被申请人。"
                okText="删除"
                cancelText="取消"
                okButtonProps={{ danger: true }}
                onConfirm={onDelete}
              >
                <Button type="link" size="small" danger>
                  删除
                </Button>
              </Popconfirm>
            </Can>
          </Space>
        )}
      </Flex>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginTop: 4 }} items={particulars(p)} />
    </section>
  );
}

export function CaseParties({ detail }: { detail: CaseDetail }) {
  const { message } = App.useApp();
  const remove = useDeleteParty();
  const [target, setTarget] = useState<PartyTarget | null>(null);
  const ordered = [...detail.parties].sort((a, b) => (a.role === b.role ? a.sortOrder - b.sortOrder : a.role === 'applicant' ? -1 : 1));

  const onDelete = async (p: CaseParty) => {
    try {
      await remove.mutateAsync({ id: p.id });
      void message.success(`已删除当事人“${p.name}”`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  return (
    <Card
      title="当事人"
      size="small"
      style={{ marginBottom: 16 }}
      extra={
        !detail.locked && (
          <Space>
            <Can method="party.create">
              <Button size="small" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create', role: 'applicant' })}>
                添加申请人
              </Button>
            </Can>
            <Can method="party.create">
              <Button size="small" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create', role: 'respondent' })}>
                添加被申请人
              </Button>
            </Can>
          </Space>
        )
      }
    >
      {ordered.map((p) => (
        <PartyBlock key={p.id} p={p} locked={detail.locked} onEdit={() => setTarget({ mode: 'edit', party: p })} onDelete={() => onDelete(p)} />
      ))}
      <PartyEditor caseId={detail.id} target={target} onClose={() => setTarget(null)} />
    </Card>
  );
}
