// Export-only sheet specs of mediators' records: training (调解员培训, all mediators) and discipline events.
import { disciplineKinds, disciplineReasons, mediatorTrainingKinds } from '../../../shared/register-codes';
import { mediatorListInput, type MediatorListItem } from '../../../shared/schemas/mediator';
import type { MediatorDiscipline } from '../../../shared/schemas/mediator-discipline';
import { mediatorTrainingListInput, type MediatorTraining } from '../../../shared/schemas/mediator-training';
import { xlsxListTitles } from '../../../shared/schemas/xlsx';
import { mediatorHandlers } from '../../services/mediator';
import { allPages, listInput, syncHandler, type SheetSpec } from '../sheet-spec';

const trainings = syncHandler(mediatorHandlers['mediatorTraining.list']);
const mediators = syncHandler(mediatorHandlers['mediator.list']);
const disciplines = syncHandler(mediatorHandlers['mediatorDiscipline.list']);

export const mediatorTrainingSheet: SheetSpec<MediatorTraining> = {
  title: xlsxListTitles.mediatorTraining,
  columns: [
    { header: '调解员', width: 12, kind: 'text', value: (t) => t.mediatorName },
    { header: '培训名称', width: 30, kind: 'text', value: (t) => t.title },
    { header: '培训类型', width: 14, kind: 'code', codes: mediatorTrainingKinds, value: (t) => t.kind },
    { header: '开始日期', width: 12, kind: 'date', value: (t) => t.startDate },
    { header: '结束日期', width: 12, kind: 'date', value: (t) => t.endDate },
    { header: '学时', width: 8, kind: 'text', value: (t) => (t.hours === null ? null : String(t.hours)) },
    { header: '主办单位', width: 24, kind: 'text', value: (t) => t.organizer },
    { header: '备注', width: 30, kind: 'text', value: (t) => t.note },
  ],
  rows: (call, filters) => allPages((page) => trainings(listInput(mediatorTrainingListInput, filters, page), call)),
};

type DisciplineRow = MediatorDiscipline & { mediator: MediatorListItem };

export const mediatorDisciplineSheet: SheetSpec<DisciplineRow> = {
  title: xlsxListTitles.mediatorDiscipline,
  columns: [
    { header: '调解员', width: 12, kind: 'text', value: (d) => d.mediator.name },
    { header: '身份证号码', width: 22, kind: 'id', value: (d) => d.mediator.idNumber },
    { header: '所属调委会', width: 24, kind: 'text', value: (d) => d.mediator.committeeName },
    { header: '处理日期', width: 12, kind: 'date', value: (d) => d.occurredOn },
    { header: '处理方式', width: 12, kind: 'code', codes: disciplineKinds, value: (d) => d.kind },
    { header: '事由', width: 30, kind: 'code', codes: disciplineReasons, value: (d) => d.reason },
    { header: '具体情况', width: 40, kind: 'text', value: (d) => d.detail },
  ],
  // The mediators as the mediator list filters them, each with its discipline events, newest first.
  rows: (call, filters) =>
    allPages((page) => mediators(listInput(mediatorListInput, filters, page), call)).flatMap((m) =>
      disciplines({ mediatorId: m.id }, call).items.map((d) => ({ ...d, mediator: m })),
    ),
};
