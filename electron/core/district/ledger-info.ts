// The Ledger-* fields of bag-info.txt (format v1): office, period, export instant, key fingerprint and record counts.
import { packageEntities, packageEntityNames } from '../../shared/package/records';
import { Problems } from './problems';

export interface LedgerInfo {
  formatVersion: string;
  officeCode: string;
  officeName: string;
  period: string;
  exportedAt: string;
  keyFingerprint: string;
  /** Records per entity stem, as bag-info declares them. */
  counts: Record<string, number>;
  dossierPdfs: number;
}

const PERIOD = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const COUNT = /^\d{1,9}$/;

/** Reads and checks the Ledger-* fields; records each missing or malformed one; null when any is wrong. */
export function readLedgerInfo(info: Map<string, string>, root: string, problems: Problems): LedgerInfo | null {
  const before = problems.count;
  const field = (label: string, pattern: RegExp, what: string): string => {
    const value = info.get(label);
    if (value === undefined || value === '') problems.add('bagInfoInvalid', `bag-info.txt 缺少 ${label}（${what}）`, 'bag-info.txt');
    else if (!pattern.test(value)) problems.add('bagInfoInvalid', `bag-info.txt 的 ${label}“${value.slice(0, 40)}”格式不正确（${what}）`, 'bag-info.txt');
    return value ?? '';
  };
  const formatVersion = field('Ledger-Format-Version', /^\d+\.\d+$/, '格式版本');
  const officeCode = field('Ledger-Office-Code', /^\d{9}(\d{3})?$/, '机构代码');
  const officeName = field('Ledger-Office-Name', /\S/, '司法所名称');
  const period = field('Ledger-Period', PERIOD, '统计期间');
  const exportedAt = field('Ledger-Export-Instant', INSTANT, '导出时间');
  const keyFingerprint = field('Ledger-Key-Fingerprint', /^SHA256:[A-Za-z0-9+/]{43}$/, '签名公钥指纹');
  const counts: Record<string, number> = {};
  for (const entity of packageEntityNames) {
    const { stem } = packageEntities[entity];
    counts[stem] = Number(field(`Ledger-Records-${stem}`, COUNT, '记录数'));
  }
  const dossierPdfs = Number(field('Ledger-Dossier-PDFs', COUNT, '卷宗 PDF 数'));
  if (problems.count > before) return null;
  const expectedRoot = `ledger-${officeCode}-${period}`;
  if (root !== expectedRoot) problems.add('bagInfoInvalid', `数据包顶层文件夹“${root}”与 bag-info.txt 的机构代码和期间不符（应为 ${expectedRoot}）`);
  const external = info.get('External-Identifier');
  if (external !== undefined && external !== expectedRoot) problems.add('bagInfoInvalid', `External-Identifier“${external}”应为 ${expectedRoot}`, 'bag-info.txt');
  return problems.count > before ? null : { formatVersion, officeCode, officeName, period, exportedAt, keyFingerprint, counts, dossierPdfs };
}
