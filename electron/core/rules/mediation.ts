// Queries of the mediation rules: filing, composition, enterprises, mediator training and staffing.
import { asc } from 'drizzle-orm';
import { committee, committeeMember, enterprise, mediator, mediatorTraining } from '../../../drizzle/schema';
import { committeeComposition } from '../../shared/rules/committee-composition';
import { enterpriseNeedsCommittee, isActiveMediator, lastTraining, staffingProblem, trainedWithinYear } from '../../shared/rules/mediation';
import type { ReminderItem } from '../../shared/schemas/reminder';
import type { Db } from '../db/open';

const committeePath = (id: number) => `committees?open=${id}`;

export function committeeNotFiledItems(db: Db): ReminderItem[] {
  return db
    .select()
    .from(committee)
    .orderBy(asc(committee.id))
    .all()
    .filter((c) => c.filingNumber === null || c.filedOn === null)
    .map((c) => {
      const detail = c.filingNumber === null && c.filedOn === null ? '未向区司法局备案' : c.filingNumber === null ? '缺少备案编号' : '缺少备案日期';
      return { id: String(c.id), label: c.name, detail, path: committeePath(c.id) };
    });
}

export function committeeCompositionItems(db: Db, today: string): ReminderItem[] {
  const members = db.select().from(committeeMember).all();
  return db
    .select({ id: committee.id, name: committee.name })
    .from(committee)
    .orderBy(asc(committee.id))
    .all()
    .flatMap((c) => {
      const result = committeeComposition(
        members.filter((m) => m.committeeId === c.id),
        today,
      );
      const flagged = result.activeCount < 3 || result.activeCount > 9 || result.women === 0;
      if (!flagged) return [];
      const detail = `在任委员${result.activeCount}人，女性${result.women}人：${result.problems.join('、')}`;
      return [{ id: String(c.id), label: c.name, detail, path: committeePath(c.id) }];
    });
}

export function enterpriseWithoutCommitteeItems(db: Db): ReminderItem[] {
  return db
    .select()
    .from(enterprise)
    .orderBy(asc(enterprise.id))
    .all()
    .filter(enterpriseNeedsCommittee)
    .map((e) => ({
      id: String(e.id),
      label: e.name,
      detail: `职工${e.employees}人，未建立人民调解委员会`,
      path: `enterprises?open=${e.id}`,
    }));
}

export function mediatorUntrainedItems(db: Db, today: string): ReminderItem[] {
  const trainings = db.select().from(mediatorTraining).all();
  const committees = new Map(db.select({ id: committee.id, name: committee.name }).from(committee).all().map((c) => [c.id, c.name]));
  return db
    .select()
    .from(mediator)
    .orderBy(asc(mediator.id))
    .all()
    .filter((m) => isActiveMediator(m, today))
    .flatMap((m) => {
      const own = trainings.filter((t) => t.mediatorId === m.id);
      if (trainedWithinYear(own, today)) return [];
      const last = lastTraining(own, today);
      const detail = `${committees.get(m.committeeId) ?? ''}：${last === null ? '无培训记录' : `最近一次培训 ${last}，已超过一年`}`;
      return [{ id: String(m.id), label: m.name, detail, path: `mediators?open=${m.id}` }];
    });
}

export function mediatorStaffingItems(db: Db, today: string): ReminderItem[] {
  const mediators = db
    .select({ committeeId: mediator.committeeId, employment: mediator.employment, leftOn: mediator.leftOn })
    .from(mediator)
    .all()
    .filter((m) => m.employment === 'fullTime' && isActiveMediator(m, today));
  return db
    .select({ id: committee.id, name: committee.name, kind: committee.kind })
    .from(committee)
    .orderBy(asc(committee.id))
    .all()
    .flatMap((c) => {
      const problem = staffingProblem(c.kind, mediators.filter((m) => m.committeeId === c.id).length);
      return problem === null ? [] : [{ id: String(c.id), label: c.name, detail: problem, path: committeePath(c.id) }];
    });
}
