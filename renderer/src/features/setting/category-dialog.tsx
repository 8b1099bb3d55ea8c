// 新增子类 (label + the national category it counts under) or 改名 of a local sub-type, in the shared form dialog.
import { disputeCategoryCreateInput, type DisputeCategory } from '@shared/schemas/setting';
import { App, Form, Input, Select } from 'antd';
import { FormFooter } from '../../forms/form-footer';
import { FormDialog, type DialogSlot } from '../../forms/form-dialog';
import { submitWithSchema } from '../../forms/submit';
import { zodForm, type FormValues } from '../../forms/zod-form';
import { useCreateDisputeCategory, useUpdateDisputeCategory } from '../case/use-cases';

const categoryForm = zodForm(disputeCategoryCreateInput);
type CategoryValues = FormValues<typeof disputeCategoryCreateInput>;

/** What the dialog edits: a new sub-type (maybe under a chosen parent), or the name of an existing one. */
export type CategoryTarget = { mode: 'create'; parentCode?: string } | { mode: 'rename'; category: DisputeCategory };

interface Props {
  target: CategoryTarget | null;
  nationals: readonly DisputeCategory[];
  onClose: () => void;
}

export function CategoryDialog({ target, nationals, onClose }: Props) {
  const title = target?.mode === 'rename' ? `修改子类名称：${target.category.label}` : '新增纠纷类型子类';
  return (
    <FormDialog open={target !== null} title={title} width={520} onClose={onClose}>
      {(slot) => target && <CategoryForm target={target} nationals={nationals} slot={slot} />}
    </FormDialog>
  );
}

function CategoryForm({ target, nationals, slot }: { target: CategoryTarget; nationals: readonly DisputeCategory[]; slot: DialogSlot }) {
  const [form] = Form.useForm<CategoryValues>();
  const create = useCreateDisputeCategory();
  const update = useUpdateDisputeCategory();
  const { message } = App.useApp();
  const initial: CategoryValues =
    target.mode === 'rename' ? { label: target.category.label, parentCode: target.category.parentCode ?? undefined } : { parentCode: target.parentCode };

  const onFinish = (values: CategoryValues) =>
    void submitWithSchema(
      categoryForm,
      form,
      values,
      (data) =>
        target.mode === 'rename'
          ? update.mutateAsync({ code: target.category.code, label: data.label, active: target.category.active })
          : create.mutateAsync(data),
      { message, onSaved: slot.onDone },
    );

  return (
    <Form<CategoryValues> form={form} name="category" layout="vertical" initialValues={initial} onFinish={onFinish} onValuesChange={slot.onChange}>
      <Form.Item {...categoryForm.item('parentCode', '所属全国统计类型')} extra="报表按全国统计类型汇总，子类的案件计入这一类。">
        <Select
          disabled={target.mode === 'rename'}
          placeholder="请选择"
          options={nationals.map((c) => ({ value: c.code, label: `${c.code} ${c.label}` }))}
          virtual={false}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item {...categoryForm.item('label', '子类名称')} extra="如：拖欠农民工工资纠纷、电子商务纠纷">
        <Input maxLength={20} autoFocus />
      </Form.Item>
      <FormFooter onCancel={slot.onDone} saving={create.isPending || update.isPending} />
    </Form>
  );
}
