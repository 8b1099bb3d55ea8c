// The case part of 收案登记: 调委会, 来源 (with the 排查 finding or the referring body), 收案日期, 纠纷类型, 承办调解员, facts, requests, amount, 备注.
import { caseSources } from '@shared/case-codes';
import { useQuery } from '@tanstack/react-query';
import { Form, Input, Select } from 'antd';
import { call } from '../../api/client';
import { CodeSelect, IsoDatePicker, isoDateItemProps } from '../../forms/field-inputs';
import { Field, half, third, whole } from '../../forms/record-fields';
import { useFindingList } from '../investigation/use-investigation';
import { CommitteeSelect } from '../mediator/committee-select';
import { categoryOptions, categorySelectedProp } from './case-labels';
import { rulesAt } from './intake-rules';
import { isReferred } from './intake-values';
import { MoneyInput, moneyItemRules } from './money-field';
import { useDisputeCategories } from './use-cases';

const item = (name: string, label: string, required = false) => ({ name, label, rules: rulesAt([name]), required });

/** Mediators of the committee still serving (no 离任日期). */
function MediatorsSelect({ committeeId, ...props }: { committeeId: number | undefined; id?: string; value?: number[]; onChange?: (v: number[]) => void }) {
  const list = useQuery({
    queryKey: ['mediator', 'list', { committeeId, active: true, pageSize: 100, sort: 'name', order: 'asc' }],
    queryFn: () => call('mediator.list', { committeeId, active: true, pageSize: 100, sort: 'name', order: 'asc' }),
    enabled: committeeId !== undefined,
  });
  return (
    <Select<number[]>
      {...props}
      mode="multiple"
      disabled={committeeId === undefined}
      loading={list.isFetching}
      placeholder={committeeId === undefined ? '请先选择调委会' : '可选多名'}
      options={(list.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
      notFoundContent={list.isError ? '调解员列表加载失败' : '该调委会暂无在任调解员'}
      showSearch={{ optionFilterProp: 'label' }}
      virtual={false}
    />
  );
}

/** Open disputes found by 排查, to link the case to the one it came from. */
function FindingSelect(props: { id?: string; value?: number | null; onChange?: (v: number | null) => void }) {
  const list = useFindingList({ open: true, pageSize: 100, sort: 'conductedOn', order: 'desc' });
  return (
    <Select<number | null>
      {...props}
      allowClear
      loading={list.isFetching}
      placeholder="选择排查发现的纠纷（可不选）"
      options={(list.data?.items ?? []).map((f) => ({ value: f.id, label: `${f.conductedOn} ${f.parties}：${f.summary}` }))}
      notFoundContent={list.isError ? '排查发现的纠纷加载失败' : '暂无未化解的排查发现纠纷'}
      showSearch={{ optionFilterProp: 'label' }}
      popupMatchSelectWidth={false}
      virtual={false}
    />
  );
}

export function IntakeCaseFields() {
  const form = Form.useFormInstance();
  const committeeId = Form.useWatch<number | undefined>('committeeId', form);
  const source = Form.useWatch<string | undefined>('source', form);
  const categories = useDisputeCategories();
  return (
    <>
      <Field col={third} {...item('committeeId', '调委会', true)}>
        <CommitteeSelect onChange={() => form.setFieldValue('mediatorIds', [])} />
      </Field>
      <Field col={third} {...item('source', '案件来源', true)}>
        <CodeSelect list={caseSources} />
      </Field>
      <Field col={third} {...item('receivedOn', '收案日期', true)} {...isoDateItemProps}>
        <IsoDatePicker placeholder="请选择日期" />
      </Field>
      {source === 'investigation' && (
        <Field col={whole} {...item('findingId', '关联排查发现的纠纷')}>
          <FindingSelect />
        </Field>
      )}
      {isReferred(source) && (
        <Field col={whole} {...item('sourceDetail', '移送或委派单位')}>
          <Input maxLength={60} placeholder="如：城关派出所" />
        </Field>
      )}
      <Field col={third} {...item('category', '纠纷类型', true)}>
        <Select
          loading={categories.isPending}
          optionLabelProp={categorySelectedProp}
          options={categoryOptions(categories.data?.items ?? [])}
          placeholder={categories.isError ? '纠纷类型加载失败' : '请选择'}
          showSearch={{ optionFilterProp: 'label' }}
          virtual={false}
        />
      </Field>
      <Field col={{ xs: 24, md: 16 }} {...item('mediatorIds', '承办调解员')}>
        <MediatorsSelect committeeId={committeeId} />
      </Field>
      <Field col={whole} {...item('facts', '纠纷简要情况', true)}>
        <Input.TextArea rows={3} maxLength={5000} showCount placeholder="纠纷发生的时间、地点、起因和经过" />
      </Field>
      <Field col={whole} {...item('requests', '当事人申请事项')}>
        <Input.TextArea rows={2} maxLength={2000} placeholder="1、……  2、……" />
      </Field>
      <Field col={half} {...item('amountFen', '涉及金额（元）')} {...moneyItemRules(rulesAt(['amountFen']))}>
        <MoneyInput placeholder="不涉及金额可不填" />
      </Field>
      <Field col={half} {...item('note', '备注')}>
        <Input maxLength={500} />
      </Field>
    </>
  );
}
