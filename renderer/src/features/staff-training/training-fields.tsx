// The fields of a training record, the same for staff and for mediators; only the list of kinds differs.
import type { CodeItem } from '@shared/codes';
import { Input, InputNumber } from 'antd';
import { CodeField, DateField, Field, half, NoteField, third } from '../../forms/record-fields';
import type { Binds } from '../../forms/zod-form';

type TrainingField = 'title' | 'kind' | 'organizer' | 'startDate' | 'endDate' | 'hours' | 'note';

export function TrainingFields({ zform, kinds }: { zform: Binds<TrainingField>; kinds: readonly CodeItem[] }) {
  return (
    <>
      <Field {...zform.item('title', '培训名称')}>
        <Input maxLength={100} />
      </Field>
      <CodeField col={half} {...zform.item('kind', '培训类型')} list={kinds} />
      <Field col={half} {...zform.item('organizer', '主办单位')}>
        <Input maxLength={100} />
      </Field>
      <DateField col={third} {...zform.item('startDate', '开始日期')} />
      <DateField col={third} {...zform.item('endDate', '结束日期')} dependencies={['startDate']} placeholder="当天结束可不填" />
      <Field col={third} {...zform.item('hours', '学时')}>
        <InputNumber style={{ width: '100%' }} placeholder="整数，可不填" />
      </Field>
      <NoteField zform={zform} />
    </>
  );
}
