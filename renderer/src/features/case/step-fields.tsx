// The fields of one kind of step inside the step form: common date/people/content plus what the kind records.
import {
  agreementForms,
  confirmationResults,
  endReasons,
  outcomeResults,
  performanceStatuses,
  rejectReasons,
  satisfactionLevels,
} from '@shared/case-codes';
import type { StepKind } from '@shared/schemas/case-step';
import { Checkbox, Col, Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { CodeField, DateField, Field, half, third, whole } from '../../forms/record-fields';
import type { ZodForm } from '../../forms/zod-form';
import { MoneyInput, moneyItemRules } from './money-field';
import { StepClauses } from './step-clauses';
import { stepWords, type StepSchema } from './step-schema';

type Z = ZodForm<StepSchema>;

const text = (max: number) => <Input maxLength={max} />;
const area = (max: number, rows = 4) => <Input.TextArea rows={rows} maxLength={max} showCount />;

function Flag({ name, label }: { name: string; label: string }) {
  return (
    <Col xs={24} md={8}>
      <Form.Item name={name} valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>{label}</Checkbox>
      </Form.Item>
    </Col>
  );
}

function OutcomeFields({ z }: { z: Z }) {
  const result = Form.useWatch('result') as string | undefined;
  const ended = result !== undefined && result !== 'success';
  return (
    <>
      <CodeField col={third} {...z.item('result', '调解结果')} list={outcomeResults} />
      {ended && <CodeField col={twoThirdsCol} {...z.item('reason', '终止或不成功的原因')} dependencies={['result']} list={endReasons} />}
      {ended && <Flag name="remediesTold" label="已告知当事人可通过仲裁、行政、司法等途径解决" />}
    </>
  );
}
const twoThirdsCol = { xs: 24, md: 16 };

function AgreementFields({ z }: { z: Z }) {
  const amountItem = z.item('amountFen', '协议金额（元）');
  const form = Form.useWatch('form') as string | undefined;
  return (
    <>
      <CodeField col={third} {...z.item('form', '协议形式')} list={agreementForms} />
      <Field col={third} {...z.item('number', '协议编号')}>
        <Input maxLength={50} placeholder="不填则使用卷号" />
      </Field>
      {form !== 'oral' && <StepClauses zform={z} required={form === 'written'} />}
      {form === 'oral' && (
        <Field {...z.item('content', '口头协议内容')} dependencies={['form']}>
          {area(10_000)}
        </Field>
      )}
      <Field col={half} {...z.item('performanceMethod', '履行方式')}>
        {text(500)}
      </Field>
      <DateField col={{ xs: 24, md: 6 }} {...z.item('performanceDeadline', '履行期限')} dependencies={['occurredOn']} />
      <Field col={{ xs: 24, md: 6 }} {...amountItem} {...moneyItemRules(amountItem.rules)}>
        <MoneyInput />
      </Field>
      {form === 'written' && (
        <>
          <Flag name="signedByParties" label="各方当事人已签名（盖章或按指印）" />
          <Flag name="mediatorSigned" label="调解员已签名" />
          <Flag name="sealed" label="已加盖调委会印章" />
        </>
      )}
      <DateField
        col={third}
        {...z.item('effectiveOn', '协议生效日期')}
        dependencies={['occurredOn', 'signedByParties', 'mediatorSigned', 'sealed', 'form']}
        extra={form === 'oral' ? '口头协议自达成之日起生效' : '签名并盖章之日起生效'}
      />
    </>
  );
}

/** The fields only this kind records, placed between the people and the content. */
function kindFields(kind: StepKind, z: Z): ReactNode {
  switch (kind) {
    case 'reject':
      return (
        <>
          <CodeField col={whole} {...z.item('reason', '不予受理理由')} list={rejectReasons} />
          <Field {...z.item('channel', '告知的其他解决途径')}>{text(500)}</Field>
        </>
      );
    case 'inquiry':
    case 'session':
      return (
        <>
          <Field col={third} {...z.item('place', kind === 'inquiry' ? '调查地点' : '调解地点')}>
            {text(100)}
          </Field>
          {kind === 'inquiry' ? (
            <Field col={third} {...z.item('subject', '被调查人')}>
              {text(100)}
            </Field>
          ) : (
            <Field col={third} {...z.item('participants', '参加人')}>
              {text(200)}
            </Field>
          )}
          <Field col={third} {...z.item('recorder', '记录人')}>
            {text(30)}
          </Field>
        </>
      );
    case 'outcome':
      return <OutcomeFields z={z} />;
    case 'agreement':
      return <AgreementFields z={z} />;
    case 'performance':
      return (
        <>
          <CodeField col={third} {...z.item('status', '履行情况')} list={performanceStatuses} />
          <Field col={twoThirdsCol} {...z.item('evidence', '履行凭证')}>
            <Input maxLength={500} placeholder="如收条、转账凭证" />
          </Field>
        </>
      );
    case 'followUp':
      return (
        <>
          <Field col={third} {...z.item('partyVisited', '被回访当事人')}>
            {text(100)}
          </Field>
          <CodeField col={third} {...z.item('performance', '协议履行情况')} list={performanceStatuses} />
          <CodeField col={third} {...z.item('satisfaction', '满意度')} list={satisfactionLevels} />
          <Field col={half} {...z.item('risk', '遗留风险')}>
            {text(500)}
          </Field>
          <Field col={half} {...z.item('measures', '采取的措施')}>
            {text(500)}
          </Field>
          <Flag name="sued" label="当事人已就此纠纷起诉" />
        </>
      );
    case 'judicialConfirmation':
      return (
        <>
          <Field col={third} {...z.item('court', '受理法院')}>
            {text(60)}
          </Field>
          <Field col={third} {...z.item('caseNumber', '调确字案号')}>
            {text(60)}
          </Field>
          <CodeField col={third} {...z.item('result', '司法确认结果')} list={confirmationResults} />
          <DateField col={third} {...z.item('decidedOn', '决定日期')} dependencies={['occurredOn', 'result']} />
        </>
      );
    default:
      return null;
  }
}

export function StepFields({ kind, z }: { kind: StepKind; z: Z }) {
  const words = stepWords[kind];
  const contentFirst = kind === 'agreement';
  return (
    <>
      <DateField col={third} {...z.item('occurredOn', words.date)} />
      <Field col={twoThirdsCol} {...z.item('people', words.people)}>
        <Input maxLength={100} placeholder="多人用顿号分隔" />
      </Field>
      {kindFields(kind, z)}
      {!contentFirst && (
        <Field {...z.item('content', words.content)}>{area(10_000, kind === 'session' || kind === 'inquiry' ? 6 : 3)}</Field>
      )}
    </>
  );
}
