// What the timeline shows of one step: the key fields of its kind, as short label–value lines.
import {
  agreementForms,
  confirmationResults,
  endReasons,
  outcomeResults,
  performanceStatuses,
  rejectReasons,
  satisfactionLevels,
} from '@shared/case-codes';
import { labelOf } from '@shared/codes';
import type { CaseStep } from '@shared/schemas/case-step';
import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { yuanText } from './case-page-format';
import { stepWords } from './step-schema';

type Line = [label: string, value: ReactNode];

/** A signature flag in plain words: 当事人已签名 / 当事人未签名, 已盖章 / 未盖章. */
const flag = (ok: boolean, yes: string, no: string) => <Tag color={ok ? 'success' : 'default'}>{ok ? yes : no}</Tag>;

/** Art.29/30: a written agreement takes effect once signed and sealed; an oral one on the day it is reached. */
function effectiveOf(s: Extract<CaseStep, { kind: 'agreement' }>): ReactNode {
  if (s.effectiveOn !== null) return s.effectiveOn;
  if (s.form === 'oral') return s.occurredOn;
  return <Typography.Text type="warning">未生效</Typography.Text>;
}

function kindLines(s: CaseStep): Line[] {
  switch (s.kind) {
    case 'reject':
      return [['理由', labelOf(rejectReasons, s.reason)], ['告知途径', s.channel]];
    case 'inquiry':
      return [['被调查人', s.subject], ['地点', s.place], ['记录人', s.recorder]];
    case 'session':
      return [['地点', s.place], ['参加人', s.participants], ['记录人', s.recorder]];
    case 'outcome':
      return [
        ['结果', <Tag color={s.result === 'success' ? 'success' : 'warning'}>{labelOf(outcomeResults, s.result)}</Tag>],
        ['原因', s.reason ? labelOf(endReasons, s.reason) : null],
        ['救济途径', s.result === 'success' ? null : s.remediesTold ? '已告知' : '未告知'],
      ];
    case 'agreement':
      return [
        ['形式', labelOf(agreementForms, s.form)],
        ['编号', s.number],
        [
          '条款',
          s.clauses.length === 0 ? null : (
            <ol className="case-clauses" style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
              {s.clauses.map((c, i) => (
                <li key={i} style={{ whiteSpace: 'pre-wrap' }}>{`${i + 1}、${c}`}</li>
              ))}
            </ol>
          ),
        ],
        ['履行方式', s.performanceMethod],
        ['履行期限', s.performanceDeadline],
        ['协议金额', s.amountFen === null ? null : yuanText(s.amountFen)],
        ['生效日期', effectiveOf(s)],
        [
          '签章',
          s.form === 'written' ? (
            <>
              {flag(s.signedByParties, '当事人已签名', '当事人未签名')}
              {flag(s.mediatorSigned, '调解员已签名', '调解员未签名')}
              {flag(s.sealed, '已盖章', '未盖章')}
            </>
          ) : null,
        ],
      ];
    case 'performance':
      return [['履行情况', labelOf(performanceStatuses, s.status)], ['凭证', s.evidence]];
    case 'followUp':
      return [
        ['被回访人', s.partyVisited],
        ['履行情况', labelOf(performanceStatuses, s.performance)],
        ['满意度', <Tag color={s.satisfaction === 'unsatisfied' ? 'error' : 'success'}>{labelOf(satisfactionLevels, s.satisfaction)}</Tag>],
        ['起诉', s.sued ? '已起诉' : null],
        ['遗留风险', s.risk],
        ['措施', s.measures],
      ];
    case 'judicialConfirmation':
      return [
        ['法院', s.court],
        ['案号', s.caseNumber],
        ['结果', labelOf(confirmationResults, s.result)],
        ['决定日期', s.decidedOn],
      ];
    default:
      return [];
  }
}

export function StepSummary({ step }: { step: CaseStep }) {
  const words = stepWords[step.kind];
  const lines: Line[] = [[words.people, step.people], ...kindLines(step), [words.content, step.content]];
  return (
    <div>
      {lines
        .filter(([, v]) => v !== null && v !== undefined && v !== '')
        .map(([label, value]) => (
          <div key={label} style={{ display: 'flex', gap: 8, marginTop: 2 }}>
            <Typography.Text type="secondary" style={{ flex: 'none', minWidth: 64 }}>
              {label}
            </Typography.Text>
            <div style={{ whiteSpace: 'pre-wrap', minWidth: 0 }}>{value}</div>
          </div>
        ))}
    </div>
  );
}
