// The fixed code lists of cases and dossiers (electron/shared/case-codes.ts), read-only: what the package export carries.
import {
  agentAuthorities,
  agentKinds,
  agreementForms,
  caseSourceGroups,
  caseSources,
  caseStates,
  caseStepKinds,
  confirmationResults,
  dossierParts,
  endReasons,
  outcomeResults,
  partyKinds,
  partyRoles,
  performanceStatuses,
  rejectReasons,
  satisfactionLevels,
} from '@shared/case-codes';
import { labelOf, type CodeItem } from '@shared/codes';
import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';

interface FixedList {
  title: string;
  items: readonly CodeItem[];
  extra?: (item: CodeItem) => ReactNode;
}

const sourceGroup = (item: CodeItem) => {
  const group = caseSources.find((s) => s.code === item.code)?.group;
  return <Tag>{labelOf(caseSourceGroups, group)}</Tag>;
};

const partFlags = (item: CodeItem) => {
  const part = dossierParts.find((p) => p.code === item.code);
  return (
    <>
      {part?.generated && <Tag color="blue">可生成</Tag>}
      {part?.signed && <Tag color="gold">须签名或盖章</Tag>}
    </>
  );
};

const lists: FixedList[] = [
  { title: '案件来源（后为报表分组）', items: caseSources, extra: sourceGroup },
  { title: '报表来源分组', items: caseSourceGroups },
  { title: '案件状态', items: caseStates },
  { title: '办案步骤', items: caseStepKinds },
  { title: '不予受理理由', items: rejectReasons },
  { title: '调解结果', items: outcomeResults },
  { title: '不成功或终止的原因', items: endReasons },
  { title: '协议形式', items: agreementForms },
  { title: '履行情况', items: performanceStatuses },
  { title: '回访满意度', items: satisfactionLevels },
  { title: '司法确认结果', items: confirmationResults },
  { title: '当事人类别', items: partyRoles },
  { title: '当事人类型', items: partyKinds },
  { title: '代理人类型', items: agentKinds },
  { title: '代理权限', items: agentAuthorities },
  { title: '卷宗材料（按装订顺序）', items: dossierParts, extra: partFlags },
];

export function FixedCodeLists() {
  return (
    <Card title="固定代码（只读）" extra={<Typography.Text type="secondary">随数据包一并导出，由软件统一规定，不能修改</Typography.Text>}>
      <Row gutter={[16, 16]}>
        {lists.map((list) => (
          <Col key={list.title} xs={24} lg={12} xxl={8}>
            <Card size="small" type="inner" title={`${list.title} · ${list.items.length}项`} role="region" aria-label={list.title} style={{ height: '100%' }}>
              <Flex vertical gap={4}>
                {list.items.map((item) => (
                  <Flex key={item.code} gap={8} align="center" wrap>
                    <Typography.Text code style={{ minWidth: 120 }}>
                      {item.code}
                    </Typography.Text>
                    <span>{item.label}</span>
                    {list.extra?.(item)}
                  </Flex>
                ))}
              </Flex>
            </Card>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
