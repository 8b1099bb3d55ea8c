// 办理过程: the steps in date order on a timeline, edit/delete per step, and the next steps the case offers.
import { DownOutlined } from '@ant-design/icons';
import { caseStepKinds } from '@shared/case-codes';
import { allowedKinds } from '@shared/rules/case-state';
import type { CaseDetail } from '@shared/schemas/case';
import type { CaseStep, StepKind } from '@shared/schemas/case-step';
import { App, Button, Card, Dropdown, Empty, Flex, Popconfirm, Space, Timeline, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { StepEditor, type StepTarget } from './step-editor';
import { stepKindLabel } from './step-schema';
import { StepSummary } from './step-summary';
import { useDeleteStep } from './use-cases';
import { Can } from '../../auth/can';
import { useCan } from '../../auth/use-can';

const colorOf: Partial<Record<StepKind, string>> = { reject: 'red', outcome: 'green', agreement: 'blue', followUp: 'cyan' };

/** Date order; steps of one day in the order they were recorded. */
export const stepsInOrder = (steps: readonly CaseStep[]) =>
  [...steps].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.id - b.id);

function NextSteps({ detail, onPick }: { detail: CaseDetail; onPick: (t: StepTarget) => void }) {
  // Only the kinds the case allows now: no 受理/不予受理 once decided, no agreement before 调解成功, ….
  const allowed = new Set<string>(allowedKinds(detail.steps));
  const others = caseStepKinds.filter((k) => allowed.has(k.code));
  const canAdd = useCan('caseStep.create');
  if (!canAdd || (detail.nextSteps.length === 0 && others.length === 0)) return null;
  return (
    <Space wrap>
      {detail.nextSteps.map((n, i) => (
        <Tooltip key={n.kind} title={n.hint}>
          <Button type={i === 0 ? 'primary' : 'default'} onClick={() => onPick({ mode: 'create', kind: n.kind, hint: n.hint })}>
            {`下一步：${stepKindLabel(n.kind)}`}
          </Button>
        </Tooltip>
      ))}
      <Dropdown
        trigger={['click']}
        disabled={others.length === 0}
        menu={{
          items: others.map((k) => ({ key: k.code, label: k.label })),
          onClick: ({ key }) => onPick({ mode: 'create', kind: key as StepKind }),
        }}
      >
        <Button>
          登记其他步骤 <DownOutlined />
        </Button>
      </Dropdown>
    </Space>
  );
}

export function StepTimeline({ detail }: { detail: CaseDetail }) {
  const { message } = App.useApp();
  const remove = useDeleteStep();
  const [target, setTarget] = useState<StepTarget | null>(null);
  const locked = detail.locked;

  const onDelete = async (s: CaseStep) => {
    try {
      await remove.mutateAsync({ id: s.id });
      void message.success(`已删除${stepKindLabel(s.kind)}记录`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  const items = stepsInOrder(detail.steps).map((s) => ({
    key: s.id,
    color: colorOf[s.kind] ?? 'gray',
    content: (
      <section aria-label={`${stepKindLabel(s.kind)} ${s.occurredOn}`} className="case-step">
        <Flex justify="space-between" align="baseline" gap={8} wrap>
          <Space size={12}>
            <Typography.Text strong>{stepKindLabel(s.kind)}</Typography.Text>
            <Typography.Text type="secondary">{s.occurredOn}</Typography.Text>
          </Space>
          {!locked && (
            <Space size={4}>
              <Can method="caseStep.update">
                <Button type="link" size="small" onClick={() => setTarget({ mode: 'edit', step: s })}>
                  编辑
                </Button>
              </Can>
              <Can method="caseStep.delete">
                <Popconfirm
                  title={`删除这条${stepKindLabel(s.kind)}记录？`}
                  description="案件状态和重要日期会随之重新计算。"
                  okText="删除"
                  cancelText="取消"
                  okButtonProps={{ danger: true }}
                  onConfirm={() => onDelete(s)}
                >
                  <Button type="link" size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Can>
            </Space>
          )}
        </Flex>
        <StepSummary step={s} />
      </section>
    ),
  }));

  const hints = detail.nextSteps.filter((n) => n.hint);
  return (
    <Card title="办理过程" size="small">
      {!locked && (
        <div style={{ marginBottom: 16 }}>
          <NextSteps detail={detail} onPick={setTarget} />
          {hints.length > 0 && (
            <ul style={{ margin: '8px 0 0', paddingInlineStart: 20, color: 'rgba(0,0,0,0.55)' }}>
              {hints.map((n) => (
                <li key={n.kind}>{`${stepKindLabel(n.kind)}：${n.hint}`}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未登记办理步骤，请先登记受理或不予受理" />
      ) : (
        <Timeline items={items} />
      )}
      <StepEditor detail={detail} target={target} onClose={() => setTarget(null)} />
    </Card>
  );
}
