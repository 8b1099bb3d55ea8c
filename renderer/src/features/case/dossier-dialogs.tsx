// The dossier's dialogs: 建立卷宗 (a date), 立卷 (立卷人, 日期, 保管期限, 备注) and 重新打开 (a reason), each validated by the shared schema.
import { dossierCloseInput, dossierOpenInput, dossierReopenInput } from '@shared/schemas/dossier';
import type { CaseDetail } from '@shared/schemas/case';
import { App, Form, Input, Select, Typography } from 'antd';
import type { z } from 'zod';
import { FormDialog } from '../../forms/form-dialog';
import { RecordForm, useFocusAfterOpen } from '../../forms/record-form';
import { DateField, Field, half, whole } from '../../forms/record-fields';
import { submitWithSchema } from '../../forms/submit';
import { zodForm, type ZodForm } from '../../forms/zod-form';
import { todayIso } from '../../lib/dates';
import { joinNames } from './case-page-format';
import { useCaseSettings, useCloseDossier, useOpenDossier, useReopenDossier } from './use-cases';

export type DossierDialog = 'open' | 'close' | 'reopen' | null;

const openForm = zodForm(dossierOpenInput);
const closeForm = zodForm(dossierCloseInput);
const reopenForm = zodForm(dossierReopenInput);

type Values = Record<string, unknown>;

/** One small form inside the dialog: parse with `zform`, send, 已保存, close. */
function DialogForm<S extends z.ZodObject>(props: {
  zform: ZodForm<S>;
  initialValues: Values;
  first: string;
  send: (data: z.output<S>) => Promise<unknown>;
  saving: boolean;
  onDone: () => void;
  onChange: () => void;
  children: React.ReactNode;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  useFocusAfterOpen(form, props.first);
  return (
    <RecordForm<Values>
      form={form}
      name={`dossier-${props.first}`}
      initialValues={props.initialValues}
      onFinish={() => void submitWithSchema(props.zform, form, form.getFieldsValue(true), props.send, { message, onSaved: props.onDone })}
      onValuesChange={props.onChange}
      onCancel={props.onDone}
      saving={props.saving}
    >
      {props.children}
    </RecordForm>
  );
}

function RetentionSelect(props: { id?: string; value?: string; onChange?: (v: string) => void }) {
  const settings = useCaseSettings();
  return (
    <Select<string>
      {...props}
      loading={settings.isPending}
      placeholder={settings.isError ? '保管期限列表加载失败' : '请选择'}
      options={(settings.data?.retentionPeriods ?? []).map((p) => ({ value: p, label: p }))}
      virtual={false}
    />
  );
}

export function DossierDialogs({ detail, which, onClose }: { detail: CaseDetail; which: DossierDialog; onClose: () => void }) {
  const open = useOpenDossier();
  const close = useCloseDossier();
  const reopen = useReopenDossier();
  const caseId = detail.id;
  const title = which === 'open' ? '建立卷宗' : which === 'close' ? `立卷：${detail.dossier?.number ?? ''}` : '重新打开卷宗';
  return (
    <FormDialog open={which !== null} title={title} width={which === 'close' ? 640 : 480} onClose={onClose}>
      {(slot) =>
        which === 'open' ? (
          <DialogForm zform={openForm} first="openedOn" initialValues={{ caseId, openedOn: todayIso() }} send={(d) => open.mutateAsync(d)} saving={open.isPending} {...slot}>
            <Typography.Paragraph type="secondary" style={{ width: '100%' }}>
              建卷时按卷号格式给出卷号（每个调委会每年连续编号），卷号一经给出不再变更。
            </Typography.Paragraph>
            <DateField col={whole} {...openForm.item('openedOn', '建卷日期')} />
          </DialogForm>
        ) : which === 'close' ? (
          <DialogForm
            zform={closeForm}
            first="closedBy"
            initialValues={{ caseId, closedBy: joinNames(detail.mediators.map((m) => m.name)) || undefined, closedOn: todayIso() }}
            send={(d) => close.mutateAsync(d)}
            saving={close.isPending}
            {...slot}
          >
            <Field col={half} {...closeForm.item('closedBy', '立卷人')}>
              <Input maxLength={30} />
            </Field>
            <DateField col={half} {...closeForm.item('closedOn', '立卷日期')} />
            <Field col={half} {...closeForm.item('retention', '保管期限')}>
              <RetentionSelect />
            </Field>
            <Field {...closeForm.item('note', '备注')}>
              <Input.TextArea rows={2} maxLength={500} showCount />
            </Field>
          </DialogForm>
        ) : which === 'reopen' ? (
          <DialogForm zform={reopenForm} first="reason" initialValues={{ caseId }} send={(d) => reopen.mutateAsync(d)} saving={reopen.isPending} {...slot}>
            <Typography.Paragraph type="secondary" style={{ width: '100%' }}>
              重新打开后可以修改案件，修改完毕需再次立卷。重新打开的原因记入审计日志。
            </Typography.Paragraph>
            <Field {...reopenForm.item('reason', '重新打开的原因')}>
              <Input.TextArea rows={3} maxLength={500} showCount />
            </Field>
          </DialogForm>
        ) : null
      }
    </FormDialog>
  );
}
