// The report's figure tables: 案件, 类型 and 来源 with shares, 协议与履行, 预防, 排查, 组织队伍, 培训 and 共建.
import type { ReportFigures, Share } from '@shared/schemas/statistics';
import { Card, Col, Descriptions, Row, Table } from 'antd';
import type { ReactNode } from 'react';

const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)}%`);
const wan = (v: number) => `${v.toFixed(2)} 万元`;

type Item = [label: string, value: ReactNode];

function Figures({ title, items, testId }: { title: string; items: Item[]; testId: string }) {
  return (
    <Card title={title} size="small" data-testid={testId}>
      <Descriptions size="small" bordered column={1} styles={{ label: { width: 190 } }} items={items.map(([label, value]) => ({ key: label, label, children: value }))} />
    </Card>
  );
}

function ShareTable({ title, rows, testId }: { title: string; rows: Share[]; testId: string }) {
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return (
    <Card title={title} size="small" data-testid={testId}>
      <Table<Share>
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '项目', dataIndex: 'label' },
          { title: '件数', dataIndex: 'count', align: 'right', width: 90 },
          { title: '占比', dataIndex: 'percent', align: 'right', width: 90, render: (v: number | null) => pct(v) },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {total}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} />
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}

/** 矛盾纠纷调解 and 调解协议与履行: the figures the report leads with. */
export function CaseFigureTables({ figures }: { figures: ReportFigures }) {
  const { cases, agreements: a } = figures;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Figures
          title="矛盾纠纷调解"
          testId="figures-cases"
          items={[
            ['受理纠纷', `${cases.received} 件`],
            ['调解纠纷', `${cases.mediated} 件`],
            ['调解成功', `${cases.succeeded} 件`],
            ['调解不成功 / 终止', `${cases.failed} 件 / ${cases.terminated} 件`],
            ['不予受理', `${cases.rejected} 件`],
            ['调解成功率', pct(cases.successRate)],
            ['纠纷涉及金额', wan(cases.disputeWan)],
            ['协议金额', wan(cases.agreementWan)],
          ]}
        />
      </Col>
      <Col xs={24} xl={12}>
        <Figures
          title="调解协议与履行"
          testId="figures-agreements"
          items={[
            ['书面协议 / 口头协议', `${a.written} 件 / ${a.oral} 件`],
            ['申请司法确认', `${a.confirmations} 件（确认有效 ${a.confirmed} 件）`],
            ['履行情况登记', `${a.performances} 件（全部履行 ${a.performed} 件）`],
            ['回访', `${a.followUps} 次（满意或基本满意 ${a.satisfied} 次）`],
          ]}
        />
      </Col>
    </Row>
  );
}

/** 纠纷类型 and 案件来源 with their shares. */
export function ShareTables({ figures }: { figures: ReportFigures }) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <ShareTable title="纠纷类型（调解纠纷）" rows={figures.categories} testId="figures-categories" />
      </Col>
      <Col xs={24} xl={12}>
        <ShareTable title="案件来源（调解纠纷）" rows={figures.sources} testId="figures-sources" />
      </Col>
    </Row>
  );
}

/** 预防成效, 排查, 组织队伍与培训 and 共建活动. */
export function OtherFigureTables({ figures }: { figures: ReportFigures }) {
  const { prevention: p, investigation: i, organisation: o, training: t, joint: j } = figures;
  const committees = o.committees.filter((c) => c.count > 0).map((c) => `${c.label} ${c.count}`).join('、');
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Figures
          title="预防成效"
          testId="figures-prevention"
          items={[
            ['防止民间纠纷转化为刑事案件', `${p.criminalCases} 件 ${p.criminalPersons} 人`],
            ['防止群体性上访', `${p.petitionCases} 件 ${p.petitionPersons} 人`],
            ['防止因纠纷引起自杀', `${p.suicideCases} 件 ${p.suicidePersons} 人`],
            ['制止群体性械斗', `${p.fights} 件`],
            ['预防纠纷', `${p.preventedDisputes} 件`],
            ['已填报月份', `${p.monthsEntered} 个月`],
          ]}
        />
      </Col>
      <Col xs={24} xl={12}>
        <Figures
          title="矛盾纠纷排查"
          testId="figures-investigation"
          items={[
            ['排查次数', `${i.rounds} 次`],
            ['零报告', `${i.zeroReports} 次`],
            ['排查出的纠纷', `${i.findings} 件（重大 ${i.majorFindings} 件）`],
          ]}
        />
      </Col>
      <Col xs={24} xl={12}>
        <Figures
          title="组织队伍与培训"
          testId="figures-organisation"
          items={[
            ['人民调解委员会', `${o.committeesTotal} 个${committees ? `（${committees}）` : ''}`],
            ['人民调解员', `${o.mediators} 人（专职 ${o.fullTime} 人）`],
            ['参加培训的调解员', `${t.trained} / ${t.mediators} 人`],
            ['培训覆盖率', pct(t.coverage)],
            ['本期间培训', `${t.trainingsInPeriod} 次`],
          ]}
        />
      </Col>
      <Col xs={24} xl={12}>
        <Figures
          title="共建活动"
          testId="figures-joint"
          items={[
            ['共建活动', `${j.activities} 次`],
            ['庭所共建 / 所所共建', `${j.courtActivities} 次 / ${j.policeActivities} 次`],
          ]}
        />
      </Col>
    </Row>
  );
}
