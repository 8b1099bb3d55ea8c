// The form of one step (any kind): new with sensible defaults from the case, or an edit; saved through caseStep.*.
import type { CaseDetail } from '@shared/schemas/case';
import type { CaseStep, StepInput, StepKind } from '@shared/schemas/case-step';
import { Alert, App, Col, Form, Typography, type FormInstance } from 'antd';
import type { KeyboardEvent } from 'react';
import { RecordForm, useFocusAfterOpen } from '../../forms/record-form';
import { submitWithSchema } from '../../forms/submit';
import { todayIso } from '../../lib/dates';
import { joinNames } from './case-page-format';
import { StepFields } from './step-fields';
import { stepFormOf } from './step-schema';
import { useCreateStep, useUpdateStep } from './use-cases';

type Values = Record<string, unknown>;

/** A new step of `kind`: today, the case's mediators as the people, and the kind's usual choices. */
export function newStepValues(kind: StepKind, c: CaseDetail): Values {
  const mediators = joinNames(c.mediators.map((m) => m.name));
  const applicants = joinNames(c.parties.filter((p) => p.role === 'applicant').map((p) => p.name));
  const base: Values = { kind, occurredOn: todayIso(), people: mediators || undefined };
  switch (kind) {
    case 'outcome':
      return { ...base, people: undefined, remediesTold: false };
    case 'agreement':
      return { ...base, form: 'written', clauses: [''], amountFen: c.amountFen, signedByParties: false, mediatorSigned: false, sealed: false };
    case 'followUp':
      return { ...base, partyVisited: applicants || undefined, sued: false };
    case 'performance':
    case 'judicialConfirmation':
      return { ...base, people: undefined };
    default:
      return base;
  }
}

/**
 * An agreement's fields that follow others: a written one gets an empty first clause back, and once signed by the
 * parties and the mediator and sealed its 生效日期 (if still empty) becomes the day it was reached (Art.29).
 */
function agreementFollows(form: FormInstance<Values>, changed: Values) {
  const v = form.getFieldsValue(true) as Values;
  if (changed.form === 'written' && (!Array.isArray(v.clauses) || v.clauses.length === 0)) form.setFieldsValue({ clauses: [''] });
  const ticked = 'signedByParties' in changed || 'mediatorSigned' in changed || 'sealed' in changed;
  if (ticked && v.form === 'written' && v.signedByParties === true && v.mediatorSigned === true && v.sealed === true && !v.effectiveOn && v.occurredOn) {
    form.setFieldsValue({ effectiveOn: v.occurredOn });
  }
}

/** An existing step's values: every field but the stored ids and instants. */
export function stepToValues(step: CaseStep): Values {
  const { id: _id, caseId: _caseId, createdAt: _c, updatedAt: _u, ...rest } = step;
  return rest;
}

interface Props {
  detail: CaseDetail;
  kind: StepKind;
  /** null: a new step. */
  stepId: number | null;
  initialValues: Values;
  hint?: string;
  onDone: () => void;
  onChange?: () => void;
}

export function StepForm({ detail, kind, stepId, initialValues, hint, onDone, onChange }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateStep();
  const update = useUpdateStep();
  const zform = stepFormOf(kind);
  useFocusAfterOpen(form, 'occurredOn');

  const send = (step: StepInput) =>
    stepId === null ? create.mutateAsync({ caseId: detail.id, step }) : update.mutateAsync({ id: stepId, step });

  // The whole store, not only the mounted fields: a field hidden by a switch keeps its value (e.g. an edited step's text).
  // An oral agreement has no clauses (its 口头协议内容 says it all): the hidden list is neither sent nor checked.
  const onFinish = () => {
    const values: Values = { ...form.getFieldsValue(true), kind };
    if (kind === 'agreement' && values.form === 'oral') values.clauses = [];
    void submitWithSchema(zform, form, values, (data) => send(data as StepInput), { message, onSaved: onDone, errorPrefix: 'step.' });
  };

  const onValuesChange = (changed: Values) => {
    if (kind === 'outcome' && changed.result === 'success') form.setFieldsValue({ reason: null, remediesTold: false });
    if (kind === 'agreement') agreementFollows(form, changed);
    onChange?.();
  };

  // Ctrl+Enter saves from any field, as in 收案登记 (Enter alone stays in the text areas).
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.submit();
    }
  };

  return (
    <div onKeyDown={onKeyDown}>
      <RecordForm<Values>
        form={form}
        name={`step-${kind}`}
        initialValues={initialValues}
        onFinish={onFinish}
        onValuesChange={onValuesChange}
        onCancel={onDone}
        saving={create.isPending || update.isPending}
      >
        {hint && (
          <Col span={24}>
            <Alert type="info" showIcon title={hint} style={{ marginBottom: 16 }} />
          </Col>
        )}
        <StepFields kind={kind} z={zform} />
        <Col span={24} style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">Ctrl+Enter 保存；Tab 在各栏之间移动</Typography.Text>
        </Col>
      </RecordForm>
    </div>
  );
}
