// Adds or edits one party of a case with the intake's party fields and 代理人 rows (D's components), saved by party.*.
import { partyKinds, partyRoles } from '@shared/case-codes';
import { partyInput, type CaseParty } from '@shared/schemas/case-party';
import { App, Form, Radio, Row, Space } from 'antd';
import { ApiCallError, errorMessage } from '../../api/client';
import { codeOptions } from '../../forms/field-inputs';
import { FormDialog } from '../../forms/form-dialog';
import { FormFooter } from '../../forms/form-footer';
import { useFocusAfterOpen } from '../../forms/record-form';
import { fieldOfPath, pathOfField, toCaseInput, type PartyKind, type PartyRole, type PartyValues } from './intake-values';
import { OrganisationFields, PersonFields } from './party-fields';
import { PartyAgents } from './party-agents';
import { useCreateParty, useUpdateParty } from './use-cases';

export type PartyTarget = { mode: 'create'; role: PartyRole } | { mode: 'edit'; party: CaseParty };

type Values = { parties: PartyValues[] };

function valuesOf(p: CaseParty): PartyValues {
  const { role, kind, name, gender, ethnicity, birthDate, occupation, idNumber, creditCode, legalRepresentative, phone, address } = p;
  const agents = p.agents.map(({ name: n, kind: k, authority, authorityText, relation, idNumber: id, phone: ph }) => ({
    name: n,
    kind: k as 'entrusted' | 'legal',
    authority: authority as 'general' | 'special' | null,
    authorityText,
    relation,
    idNumber: id,
    phone: ph,
  }));
  return { role, kind, name, gender, ethnicity, birthDate, occupation, idNumber, creditCode, legalRepresentative, phone, address, agents };
}

function PartyForm({ caseId, target, onDone, onChange }: { caseId: number; target: PartyTarget; onDone: () => void; onChange: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const create = useCreateParty();
  const update = useUpdateParty();
  const kind = Form.useWatch<PartyKind | undefined>(['parties', 0, 'kind'], form);
  useFocusAfterOpen(form, ['parties', 0, 'name'] as unknown as string);
  const initial: PartyValues =
    target.mode === 'edit' ? valuesOf(target.party) : { role: target.role, kind: 'person', ethnicity: '01', agents: [] };

  const onFinish = async () => {
    const cleaned = (toCaseInput({ parties: (form.getFieldsValue(true) as Values).parties } as never) as { parties: unknown[] }).parties[0];
    const parsed = partyInput.safeParse(cleaned);
    if (!parsed.success) {
      form.setFields(
        parsed.error.issues.flatMap((i) => {
          const name = fieldOfPath(['parties', 0, ...i.path]);
          return name ? [{ name, errors: [i.message] }] : [];
        }),
      );
      return;
    }
    try {
      if (target.mode === 'edit') await update.mutateAsync({ id: target.party.id, data: parsed.data });
      else await create.mutateAsync({ caseId, data: parsed.data });
      void message.success('已保存');
      onDone();
    } catch (err) {
      const name = err instanceof ApiCallError && err.field ? fieldOfPath(['parties', 0, ...pathOfField(err.field.replace(/^data\./, ''))]) : null;
      if (name && err instanceof ApiCallError) form.setFields([{ name, errors: [err.message] }]);
      else void message.error(errorMessage(err));
    }
  };

  return (
    <Form form={form} layout="vertical" initialValues={{ parties: [initial] }} onFinish={() => void onFinish()} onValuesChange={onChange} scrollToFirstError>
      <Space size={12} wrap style={{ marginBottom: 12 }}>
        <Form.Item name={['parties', 0, 'role']} noStyle>
          <Radio.Group aria-label="当事人类别" optionType="button" options={codeOptions(partyRoles)} />
        </Form.Item>
        <Form.Item name={['parties', 0, 'kind']} noStyle>
          <Radio.Group aria-label="当事人类型" optionType="button" options={codeOptions(partyKinds)} />
        </Form.Item>
      </Space>
      <Form.List name="parties">
        {() => (
          <Row gutter={12}>
            {kind === 'organization' ? <OrganisationFields index={0} /> : <PersonFields index={0} />}
            <PartyAgents party={0} />
          </Row>
        )}
      </Form.List>
      <FormFooter onCancel={onDone} saving={create.isPending || update.isPending} />
    </Form>
  );
}

export function PartyEditor({ caseId, target, onClose }: { caseId: number; target: PartyTarget | null; onClose: () => void }) {
  const title = target?.mode === 'edit' ? `编辑当事人：${target.party.name}` : target?.role === 'respondent' ? '添加被申请人' : '添加申请人';
  return (
    <FormDialog open={target !== null} title={title} width={820} onClose={onClose}>
      {(slot) => target && <PartyForm caseId={caseId} target={target} {...slot} />}
    </FormDialog>
  );
}
