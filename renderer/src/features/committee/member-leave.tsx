// 离任: records the day a member left (Art.10 keeps membership changes with their dates) instead of deleting them.
import { committeeMemberInput, type CommitteeMember } from '@shared/schemas/committee-member';
import { App, DatePicker, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiCallError, errorMessage } from '../../api/client';
import { memberToValues } from './member-form';
import { useSaveMember } from './use-committee';

interface Props {
  member: CommitteeMember | null;
  onClose: () => void;
}

export function MemberLeave({ member, onClose }: Props) {
  const { message } = App.useApp();
  const save = useSaveMember(member?.committeeId ?? 0);
  const [day, setDay] = useState<Dayjs | null>(dayjs());
  const [error, setError] = useState<string | null>(null);

  const onOk = async () => {
    if (!member) return;
    if (!day) {
      setError('请选择离任日期');
      return;
    }
    const parsed = committeeMemberInput.safeParse({ ...memberToValues(member), leftOn: day.format('YYYY-MM-DD') });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? '离任日期不正确');
      return;
    }
    try {
      await save.mutateAsync({ id: member.id, data: parsed.data });
      void message.success(`已登记“${member.name}”离任`);
      onClose();
    } catch (err) {
      if (err instanceof ApiCallError && err.field !== undefined) setError(err.message);
      else void message.error(errorMessage(err));
    }
  };

  return (
    <Modal
      open={member !== null}
      title={member ? `登记离任：${member.name}` : '登记离任'}
      okText="确定"
      cancelText="取消"
      confirmLoading={save.isPending}
      onOk={() => void onOk()}
      onCancel={onClose}
      destroyOnHidden
      afterOpenChange={(open) => {
        if (open) {
          setDay(dayjs());
          setError(null);
        }
      }}
    >
      <Typography.Paragraph type="secondary">成员离任后保留在名单中并注明离任日期，不再计入在任成员。</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label="离任日期" htmlFor="member-left-on" required validateStatus={error ? 'error' : undefined} help={error}>
          <DatePicker
            id="member-left-on"
            style={{ width: '100%' }}
            format="YYYY-MM-DD"
            value={day}
            onChange={(v: Dayjs | null) => {
              setDay(v);
              setError(null);
            }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
