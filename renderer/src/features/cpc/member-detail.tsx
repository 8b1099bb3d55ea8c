// Read-only drawer of one Party member: every field of the member register (支部工作条例 member roll).
import { dash } from '../../components/table-columns';
import { educations, ethnicities, genders, labelOf } from '@shared/codes';
import { cpcMemberTypes, partyPosts } from '@shared/register-codes';
import { Descriptions, Drawer, Skeleton, Tag } from 'antd';
import { QueryError } from '../../components/query-error';
import { hrefOf } from '../../shell/use-hash-route';
import { useCpcMember } from './use-cpc';


function Body({ id }: { id: number }) {
  const member = useCpcMember(id);
  if (member.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (member.isError) return <QueryError title="党员信息加载失败" error={member.error} onRetry={() => void member.refetch()} />;
  const m = member.data;
  return (
    <Descriptions column={1} bordered size="small" styles={{ label: { width: 150 } }}>
      <Descriptions.Item label="姓名">
        {m.name} {m.transferredOutOn && <Tag>已转出</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label="性别">{labelOf(genders, m.gender)}</Descriptions.Item>
      <Descriptions.Item label="出生日期">{m.birthDate}</Descriptions.Item>
      <Descriptions.Item label="民族">{labelOf(ethnicities, m.ethnicity)}</Descriptions.Item>
      <Descriptions.Item label="学历">{labelOf(educations, m.education)}</Descriptions.Item>
      <Descriptions.Item label="身份证号码">{dash(m.idNumber)}</Descriptions.Item>
      <Descriptions.Item label="本所工作人员">
        {m.staffId ? <a href={hrefOf('staff')}>是（信息取自工作人员登记）</a> : '否'}
      </Descriptions.Item>
      <Descriptions.Item label="所在支部">{m.branchName}</Descriptions.Item>
      <Descriptions.Item label="党员类型">{labelOf(cpcMemberTypes, m.memberType)}</Descriptions.Item>
      <Descriptions.Item label="党内职务">{labelOf(partyPosts, m.partyPost)}</Descriptions.Item>
      <Descriptions.Item label="入党时间">{m.joinedOn}</Descriptions.Item>
      <Descriptions.Item label="转正时间">{dash(m.fullOn)}</Descriptions.Item>
      <Descriptions.Item label="组织关系转入时间">{dash(m.transferredInOn)}</Descriptions.Item>
      <Descriptions.Item label="组织关系转出时间">{dash(m.transferredOutOn)}</Descriptions.Item>
      <Descriptions.Item label="联系电话">{dash(m.phone)}</Descriptions.Item>
      <Descriptions.Item label="备注">{dash(m.note)}</Descriptions.Item>
    </Descriptions>
  );
}

export function MemberDetail({ id, onClose }: { id: number | null; onClose: () => void }) {
  return (
    <Drawer open={id !== null} title="党员信息" size={560} onClose={onClose} destroyOnHidden>
      {id !== null && <Body key={id} id={id} />}
    </Drawer>
  );
}
