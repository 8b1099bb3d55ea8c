// The dispatcher's masking step: a transport's output goes through maskForViewer, a reveal is audited in the same call; trusted calls are untouched.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loginAs, ok, openTempCore, type LoggedIn, type TempCore } from '../helpers/temp-core';

vi.mock('../../electron/core/auth/mask-output', () => ({
  maskForViewer: (method: string, output: unknown, viewer: { seesSensitive: boolean }) => {
    const value = output as { idNumber?: string } | null;
    if (!value || typeof value.idNumber !== 'string') return { value: output, revealed: [] };
    if (!viewer.seesSensitive || method !== 'staff.get') return { value: { ...value, idNumber: 'MASKED' }, revealed: [] };
    return { value, revealed: ['idNumber'] };
  },
}));

let core: TempCore;
let staff: LoggedIn;
let readonly: LoggedIn;
const person = { name: '张三', idNumber: '11010519491231002X', ethnicity: '01', politicalStatus: '01', education: '21', post: '所长', staffingType: 'politicalLegal' };
let id = 0;

beforeAll(async () => {
  core = openTempCore();
  staff = await loginAs(core, 'staff');
  readonly = await loginAs(core, 'readonly');
  id = (await ok<{ id: number }>(core, 'staff.create', person)).id;
}, 60_000);
afterAll(() => core.cleanup());

const reveals = () => core.handle.sqlite.prepare("SELECT actor, entity_id AS entityId, after FROM audit_log WHERE entity = 'reveal'").all();

describe('masking in dispatchAs', () => {
  it('masks for a viewer without the right, audits a reveal to one with it, and leaves trusted calls alone', async () => {
    expect(await readonly.ok('staff.get', { id })).toMatchObject({ idNumber: 'MASKED' });
    expect(reveals()).toEqual([]);
    expect(await staff.ok('staff.get', { id })).toMatchObject({ idNumber: person.idNumber });
    expect(reveals()).toEqual([{ actor: `测试staff（${staff.user.username}）`, entityId: String(id), after: JSON.stringify({ method: 'staff.get', fields: ['idNumber'] }) }]);
    expect(await ok(core, 'staff.get', { id })).toMatchObject({ idNumber: person.idNumber });
    expect(reveals()).toHaveLength(1);
  });
});
