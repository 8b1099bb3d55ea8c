// `demo` fills every register through dispatch, every rule fires a modest number of times, and a rule can be cleared.
import { count, eq, isNull, and } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterEach, describe, expect, it } from 'vitest';
import * as schema from '../../drizzle/schema';
import { demo } from '../../electron/cli/commands';
import type { DemoScenario } from '../../electron/core/demo-seed';
import { reminderCodes, type ReminderCode } from '../../electron/shared/rules/catalog';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

interface Summary {
  today: string;
  rules: { code: ReminderCode; title: string; count: number }[];
}

const cores: TempCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.cleanup();
});

async function runDemo(now: string, scenario: DemoScenario = 'full', existing?: (core: TempCore) => Promise<void>) {
  const core = openTempCore({ now });
  cores.push(core);
  await existing?.(core);
  const out: string[] = [];
  const err: string[] = [];
  const code = await demo(core, { out: (l) => out.push(l), err: (l) => err.push(l) }, 8, scenario);
  return { core, code, out: out.join('\n'), err: err.join('\n') };
}

async function counts(core: TempCore): Promise<Record<ReminderCode, number>> {
  const summary = await ok<Summary>(core, 'reminder.summary', {});
  return Object.fromEntries(summary.rules.map((r) => [r.code, r.count])) as Record<ReminderCode, number>;
}

/** A real office with a few problems: each rule that fires does so one to three times. */
const SANE_MAX = 3;
const branchRules: ReminderCode[] = ['cpcBranchMissing', 'cpcCommitteeMissing', 'cpcMeetingCadence'];

describe('demo', () => {
  it('fires every rule but the branch rule a few times on the full demo, and prints counts and how to clear them', async () => {
    const { core, code, out, err } = await runDemo('2026-11-27T02:00:00.000Z');
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const found = await counts(core);
    for (const rule of reminderCodes.filter((c) => c !== 'cpcBranchMissing')) {
      expect(found[rule], rule).toBeGreaterThanOrEqual(1);
      expect(found[rule], rule).toBeLessThanOrEqual(SANE_MAX);
    }
    expect(found.cpcBranchMissing).toBe(0);
    expect(out).toContain('用 --scenario=no-branch');
    expect(out.match(/消除方法：/g)).toHaveLength(reminderCodes.length - 1);
    expect(out).toMatch(/党支部 1 个，党员 \d+ 名，三会一课 \d+ 次/);
    expect(out).toMatch(/调委会 7 个（委员 \d+ 人），企业 6 家，调解员 \d+ 名/);
    expect(out).toContain('“玄武门街道物业纠纷人民调解委员会”，填写备案编号和备案日期');
  });

  it('wrote every record through dispatch: each row of every register has its create entry in the audit log', async () => {
    const { core } = await runDemo('2026-11-27T02:00:00.000Z');
    const db = core.handle.db;
    const tables: [string, SQLiteTable][] = [
      ['staff', schema.staff], ['staffTraining', schema.staffTraining], ['cpcBranch', schema.cpcBranch], ['cpcMember', schema.cpcMember],
      ['cpcMeeting', schema.cpcMeeting], ['committee', schema.committee], ['committeeMember', schema.committeeMember],
      ['enterprise', schema.enterprise], ['mediator', schema.mediator], ['mediatorTraining', schema.mediatorTraining],
      ['mediatorDiscipline', schema.mediatorDiscipline], ['partnerUnit', schema.partnerUnit], ['jointActivity', schema.jointActivity],
      ['investigation', schema.investigation], ['investigationFinding', schema.investigationFinding],
    ];
    for (const [entity, table] of tables) {
      const rows = db.select({ n: count() }).from(table).get()!.n;
      const created = db.select({ n: count() }).from(schema.auditLog).where(and(eq(schema.auditLog.entity, entity), isNull(schema.auditLog.before))).get()!.n;
      expect(rows, entity).toBeGreaterThan(0);
      expect(created, entity).toBe(rows);
    }
  });

  it('refuses a database that holds anything, and changes nothing', async () => {
    const first = await runDemo('2026-11-27T02:00:00.000Z');
    const again = await demo(first.core, { out: () => undefined, err: (l) => expect(l).toContain('未作任何改动') }, 8);
    expect(again).toBe(1);
    expect((await ok<{ total: number }>(first.core, 'committee.list', {})).total).toBe(7);
    const onlyCommittee = await runDemo('2026-11-27T02:00:00.000Z', 'full', async (core) => {
      await ok(core, 'committee.create', { name: '某社区人民调解委员会', kind: 'community' });
    });
    expect(onlyCommittee.code).toBe(1);
    expect(onlyCommittee.err).toContain('调委会 1');
    expect((await ok<{ total: number }>(onlyCommittee.core, 'staff.list', {})).total).toBe(0);
  });

  it('without a branch flags the missing branch, which creating one clears', async () => {
    const { core, code } = await runDemo('2026-11-27T02:00:00.000Z', 'no-branch');
    expect(code).toBe(0);
    const before = await counts(core);
    expect(before.cpcBranchMissing).toBe(1);
    expect([before.cpcCommitteeMissing, before.cpcMeetingCadence]).toEqual([0, 0]);
    for (const rule of reminderCodes.filter((c) => !branchRules.includes(c))) expect(before[rule], rule).toBeGreaterThanOrEqual(1);
    await ok(core, 'cpcBranch.create', { name: '玄武门司法所党支部', foundedOn: '2026-11-27' });
    expect((await counts(core)).cpcBranchMissing).toBe(0);
  });

  it('clears a rule through the API: filing the unfiled committee, resolving a major dispute', async () => {
    const { core } = await runDemo('2026-11-27T02:00:00.000Z');
    const before = await counts(core);
    const unfiled = await ok<{ items: { id: string }[] }>(core, 'reminder.committeeNotFiled', {});
    const id = Number(unfiled.items[0]!.id);
    const committee = await ok<Record<string, unknown>>(core, 'committee.get', { id });
    const { name, kind, field, foundedOn, address, phone, note } = committee;
    await ok(core, 'committee.update', { id, data: { name, kind, field, foundedOn, address, phone, note, filingNumber: '玄司调备〔2026〕08号', filedOn: '2026-11-26' } });
    const open = await ok<{ items: { id: string }[] }>(core, 'reminder.majorDisputesOpen', {});
    const finding = await ok<{ items: Record<string, unknown>[] }>(core, 'investigationFinding.list', { major: true, open: true });
    const target = finding.items.find((f) => String(f.id) === open.items[0]!.id)!;
    const { category, summary, parties, grid, riskLevel, responsible, major } = target;
    await ok(core, 'investigationFinding.update', {
      id: target.id,
      data: { category, summary, parties, grid, riskLevel, responsible, major, status: 'resolved', resolvedOn: '2026-11-27', note: null },
    });
    const after = await counts(core);
    expect(after.committeeNotFiled).toBe(before.committeeNotFiled - 1);
    expect(after.majorDisputesOpen).toBe(before.majorDisputesOpen - 1);
    expect({ ...after, committeeNotFiled: 0, majorDisputesOpen: 0 }).toEqual({ ...before, committeeNotFiled: 0, majorDisputesOpen: 0 });
  });

  it.each(['2026-01-20T02:00:00.000Z', '2026-02-01T02:00:00.000Z', '2026-04-16T02:00:00.000Z', '2026-07-01T02:00:00.000Z', '2026-12-31T10:00:00.000Z'])(
    'stays realistic whenever it is run (%s)',
    async (now) => {
      const { core, code, err } = await runDemo(now);
      expect({ code, err }).toEqual({ code: 0, err: '' });
      const found = await counts(core);
      for (const rule of reminderCodes.filter((c) => c !== 'cpcBranchMissing')) {
        expect(found[rule], rule).toBeGreaterThanOrEqual(1);
        expect(found[rule], rule).toBeLessThanOrEqual(SANE_MAX);
      }
    },
  );

  it('on 1–15 January (Asia/Shanghai) only the missed-round rule is quiet: no period of the new year has ended yet', async () => {
    const { core } = await runDemo('2026-12-31T20:00:00.000Z');
    const found = await counts(core);
    expect(found.investigationMissed).toBe(0);
    for (const rule of reminderCodes.filter((c) => c !== 'cpcBranchMissing' && c !== 'investigationMissed')) {
      expect(found[rule], rule).toBeGreaterThanOrEqual(1);
    }
  });
});
