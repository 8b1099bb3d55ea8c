// The investigation rule checks through dispatch on a temp DB: missed rounds (zero reports count) and open major disputes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { fixtures } from './reminder-fixtures';

interface Result {
  count: number;
  items: { id: string; label: string; detail: string; path: string }[];
}

let core: TempCore;
let add: ReturnType<typeof fixtures>;
beforeEach(() => {
  core = openTempCore({ now: '2026-03-05T02:00:00.000Z' }); // today 2026-03-05 in Asia/Shanghai
  add = fixtures(core);
});
afterEach(() => core.cleanup());

const check = (method: string) => ok<Result>(core, `reminder.${method}`, {});

describe('reminder.investigationMissed', () => {
  it('lists completed half months without a round; a zero report and any kind count', async () => {
    add.round('street', '2026-01-H1'); // zero report: no findings
    add.finding(add.round('street', '2026-02-H1', 'special'), { major: false });
    const result = await check('investigationMissed');
    expect(result.items).toEqual([
      { id: 'street:2026-01-H2', label: '2026年1月下半月', detail: '未登记街道半月排查（无纠纷也应零报告）', path: 'investigations?new=street:2026-01-H2' },
      { id: 'street:2026-02-H2', label: '2026年2月下半月', detail: '未登记街道半月排查（无纠纷也应零报告）', path: 'investigations?new=street:2026-02-H2' },
    ]);
  });

  it('checks district months once a district round is recorded', async () => {
    for (const p of ['2026-01-H1', '2026-01-H2', '2026-02-H1', '2026-02-H2']) add.round('street', p);
    expect((await check('investigationMissed')).count).toBe(0);
    add.round('district', '2026-02');
    expect((await check('investigationMissed')).items.map((i) => i.id)).toEqual(['district:2026-01']);
  });

  it('moves on with the clock (call.today)', async () => {
    core.setNow('2026-03-15T17:00:00.000Z'); // 2026-03-16 01:00 in Shanghai: March H1 is over
    expect((await check('investigationMissed')).items.map((i) => i.id)).toContain('street:2026-03-H1');
  });
});

describe('reminder.majorDisputesOpen', () => {
  it('counts major disputes not resolved or referred', async () => {
    const round = add.round('street', '2026-02-H1');
    const open = add.finding(round, { summary: '征地补偿群体纠纷', status: 'mediating' });
    add.finding(round, { summary: '已化解', status: 'resolved' });
    add.finding(round, { summary: '已移交', status: 'referred' });
    add.finding(round, { summary: '一般纠纷', major: false });
    expect(await check('majorDisputesOpen')).toEqual({
      count: 1,
      items: [
        {
          id: String(open),
          label: '征地补偿群体纠纷',
          detail: '张某与某公司；调处中，风险高（2026年2月上半月排查发现）',
          path: 'major-disputes',
        },
      ],
    });
  });
});
