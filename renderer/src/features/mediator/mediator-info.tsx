// 基本信息 tab: a mediator's record as a read-only description list.
import { dash } from '../../components/table-columns';
import { educations, ethnicities, genders, labelOf, politicalStatuses } from '@shared/codes';
import type { Mediator } from '@shared/schemas/mediator';
import { Descriptions } from 'antd';
import { hrefTo } from '../../shell/use-hash-route';
import { EmploymentTag, ExpertTag } from './mediator-tags';


export function MediatorInfo({ m }: { m: Mediator }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={2}
      items={[
        { key: 'name', label: '姓名', children: m.name },
        { key: 'idNumber', label: '身份证号码', children: m.idNumber },
        { key: 'gender', label: '性别', children: labelOf(genders, m.gender) },
        { key: 'birthDate', label: '出生日期', children: m.birthDate },
        { key: 'ethnicity', label: '民族', children: labelOf(ethnicities, m.ethnicity) },
        { key: 'politicalStatus', label: '政治面貌', children: labelOf(politicalStatuses, m.politicalStatus) },
        { key: 'education', label: '学历', children: labelOf(educations, m.education) },
        { key: 'phone', label: '联系电话', children: dash(m.phone) },
        { key: 'committee', label: '所属调委会', span: 2, children: <a href={hrefTo('committees', m.committeeId)}>{m.committeeName}</a> },
        { key: 'employment', label: '专兼职', children: <EmploymentTag employment={m.employment} /> },
        { key: 'title', label: '职称', children: dash(m.title) },
        { key: 'expert', label: '专家库', span: 2, children: <ExpertTag {...m} /> },
        { key: 'qualifications', label: '专业资质', span: 2, children: dash(m.qualifications) },
        { key: 'startedOn', label: '任职日期', children: dash(m.startedOn) },
        { key: 'leftOn', label: '离任日期', children: m.leftOn ?? '在任' },
        { key: 'note', label: '备注', span: 2, children: dash(m.note) },
      ]}
    />
  );
}
