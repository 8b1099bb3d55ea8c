// CLI `verify`: checks the audit log's hash chain and prints the result in Chinese; exit 0 intact, 1 broken or failed.
import type { Core } from '../core';
import type { AuditVerifyResult } from '../shared/schemas/audit';
import type { Io } from './commands';

export async function verify(core: Core, io: Io): Promise<number> {
  const result = await core.dispatch('audit.verify', {});
  if (!result.ok) {
    io.err(`审计日志校验未能完成：${result.error.message}`);
    return 1;
  }
  const value = result.value as AuditVerifyResult;
  if (value.ok) {
    io.out(`审计日志完整：已校验 ${value.checked} 条记录，未发现改动、删除或插入。`);
    io.out(`数据库：${core.dbPath}`);
    return 0;
  }
  const where = value.firstBroken?.id == null ? '' : `第 ${value.firstBroken.id} 号记录：`;
  io.err(`审计日志已被破坏（校验到第 ${value.checked} 条时发现）。`);
  io.err(`首个问题：${where}${value.firstBroken?.reason ?? '原因不明'}`);
  io.err(`数据库：${core.dbPath}`);
  return 1;
}
