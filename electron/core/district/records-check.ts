// The records of a package: each file parsed and checked against the format's own zod schema (never the
// schemas shipped in the package), then keys, references between entities, counts and the office code.
// One entity is parsed at a time; only keys and referenced values stay in memory between entities.
import { packageEntities, packageEntityNames, recordKeyOf, type PackageEntity, type PeriodDataset } from '../../shared/package/records';
import type { Bag } from './bag';
import type { LedgerInfo } from './ledger-info';
import { Problems, shown } from './problems';

type Rows = Record<string, unknown>[];
type Ref = [from: PackageEntity, field: string, to: PackageEntity, toField: string];

/** References that must resolve inside the package (each target entity comes before its sources in file order). */
const references: Ref[] = [
  ['disputeCategories', 'parentCode', 'disputeCategories', 'code'],
  ['committeeMembers', 'committeeId', 'committees', 'id'],
  ['mediators', 'committeeId', 'committees', 'id'],
  ['mediatorTrainings', 'mediatorId', 'mediators', 'id'],
  ['cases', 'committeeId', 'committees', 'id'],
  ['cases', 'category', 'disputeCategories', 'code'],
  ['caseMediators', 'caseId', 'cases', 'id'],
  ['caseMediators', 'mediatorId', 'mediators', 'id'],
  ['caseParties', 'caseId', 'cases', 'id'],
  ['caseAgents', 'partyId', 'caseParties', 'id'],
  ['caseSteps', 'caseId', 'cases', 'id'],
  ['dossiers', 'caseId', 'cases', 'id'],
  ['dossiers', 'committeeId', 'committees', 'id'],
  ['investigationFindings', 'investigationId', 'investigations', 'id'],
  ['jointActivities', 'partnerUnitId', 'partnerUnits', 'id'],
];

const fileOf = (entity: PackageEntity): string => `data/records/${packageEntities[entity].stem}.json`;

function parseFile(bag: Bag, entity: PackageEntity, problems: Problems): unknown[] | null {
  const path = fileOf(entity);
  const file = bag.files.get(path);
  const data = file?.data ?? file?.load?.();
  if (!data) {
    problems.add('recordsInvalidJson', `数据包缺少记录文件 ${path}（${packageEntities[entity].label}）`, path);
    return null;
  }
  try {
    const parsed: unknown = JSON.parse(data.toString('utf8'));
    if (Array.isArray(parsed)) return parsed;
    problems.add('recordsInvalidJson', `${path} 应为 JSON 数组`, path);
  } catch (err) {
    problems.add('recordsInvalidJson', `${path} 不是有效的 JSON（${(err as Error).message.slice(0, 80)}）`, path);
  }
  return null;
}

/** Validation of an entity stops after this many invalid records (the rest could only repeat the news). */
const MAX_FAILURES = 20;

/**
 * Validates one file's records against the format's schema, one at a time (zod's copies die young); true when all
 * are valid. The record schemas have no transforms, so a valid item is already its own parsed record.
 */
function validate(entity: PackageEntity, items: unknown[], problems: Problems): boolean {
  const { schema, label } = packageEntities[entity];
  let failures = 0;
  const keys = new Set<string>();
  for (let i = 0; i < items.length; i += 1) {
    const result = schema.safeParse(items[i]);
    if (!result.success) {
      failures += 1;
      const issue = result.error.issues[0];
      const where = issue && issue.path.length > 0 ? `字段 ${issue.path.join('.')}` : '记录';
      problems.add('recordsSchemaInvalid', `${fileOf(entity)} 第 ${i + 1} 条${label}的${where}不符合格式（${issue?.message ?? '格式错误'}）`, fileOf(entity));
      if (failures >= MAX_FAILURES && i + 1 < items.length) {
        problems.add('recordsSchemaInvalid', `${fileOf(entity)} 已有 ${failures} 条${label}不符合格式，其余 ${items.length - i - 1} 条不再校验`, fileOf(entity));
        break;
      }
      continue;
    }
    const key = recordKeyOf(entity, result.data as Record<string, unknown>);
    if (keys.has(key)) problems.add('recordsInconsistent', `${fileOf(entity)} 中${label}“${key}”重复出现`, fileOf(entity));
    keys.add(key);
  }
  return failures === 0;
}

/** The values other entities refer to, collected as each entity passes (entity.field → values). */
type Targets = Map<string, Set<unknown>>;

function collectTargets(entity: PackageEntity, rows: Rows, targets: Targets): void {
  for (const [, , to, toField] of references) {
    if (to === entity) targets.set(`${to}.${toField}`, new Set(rows.map((r) => r[toField])));
  }
}

function checkReferences(entity: PackageEntity, rows: Rows, targets: Targets, problems: Problems): void {
  for (const [from, field, to, toField] of references) {
    const known = targets.get(`${to}.${toField}`);
    // A target file that failed to parse was reported already; its references cannot be judged.
    if (from !== entity || known === undefined) continue;
    for (const row of rows) {
      const value = row[field];
      if (value === null || value === undefined || known.has(value)) continue;
      problems.add(
        'recordsInconsistent',
        `${fileOf(from)} 中${packageEntities[from].label}“${recordKeyOf(from, row)}”的 ${field} = ${String(value)} 在${packageEntities[to].label}（${fileOf(to)}）中不存在`,
        fileOf(from),
      );
    }
  }
}

/** The declared count is compared before any record is validated: a file of a million junk rows costs one comparison. */
function countMatches(entity: PackageEntity, items: unknown[], info: LedgerInfo, problems: Problems): boolean {
  const { stem, label } = packageEntities[entity];
  if (info.counts[stem] === items.length) return true;
  problems.add('countMismatch', `bag-info.txt 声明${label} ${info.counts[stem]} 条，${fileOf(entity)} 实有 ${items.length} 条`, fileOf(entity));
  return false;
}

/** Where a dossier's PDF must be in the package (the exporter's dossierPdfPath). */
const dossierPdfPath = (caseId: unknown): string => `data/dossiers/case-${String(caseId)}.pdf`;

function checkEntity(bag: Bag, entity: PackageEntity, rows: Rows, info: LedgerInfo, problems: Problems): void {
  if (entity === 'office') {
    const [only] = rows;
    if (rows.length !== 1 || only === undefined) problems.add('recordsInconsistent', `${fileOf('office')} 应恰有一条司法所记录，实有 ${rows.length} 条`, fileOf('office'));
    else if (only.code !== info.officeCode) {
      problems.add('officeMismatch', `司法所记录的机构代码 ${String(only.code)} 与 bag-info.txt 的 Ledger-Office-Code ${info.officeCode} 不符`, fileOf('office'));
    }
  }
  if (entity === 'dossiers') {
    for (const dossier of rows) {
      const pdf = dossier.pdf as string | null;
      const expected = dossierPdfPath(dossier.caseId);
      if (pdf !== null && pdf !== expected) {
        problems.add('recordsInconsistent', `卷宗 ${String(dossier.number)} 的 PDF 路径“${shown(pdf)}”应为“${expected}”或空`, fileOf('dossiers'));
      } else if (pdf !== null && !bag.files.has(pdf)) {
        problems.add('recordsInconsistent', `卷宗 ${String(dossier.number)} 的 PDF“${pdf}”不在数据包中`, fileOf('dossiers'));
      }
    }
  }
}

/** Reads one entity's records again from the verified bytes (one entity at a time keeps memory bounded). */
export type RecordReader = (entity: PackageEntity) => Rows;

/** Lets status calls and the UI have their turn between two entities of a large package. */
const yieldTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Checks every records file (the caller runs this only for a bag signed by the registered key); returns a
 * reader of the records when all of them are valid and consistent.
 */
export async function checkRecords(bag: Bag, info: LedgerInfo, problems: Problems): Promise<RecordReader | null> {
  const before = problems.count;
  const targets: Targets = new Map();
  for (const entity of packageEntityNames) {
    await yieldTurn();
    const items = parseFile(bag, entity, problems);
    if (!items || !countMatches(entity, items, info, problems) || !validate(entity, items, problems)) continue;
    const rows = items as Rows;
    collectTargets(entity, rows, targets);
    checkReferences(entity, rows, targets, problems);
    checkEntity(bag, entity, rows, info, problems);
  }
  const pdfs = [...bag.files.keys()].filter((p) => p.startsWith('data/dossiers/'));
  if (pdfs.length !== info.dossierPdfs) problems.add('countMismatch', `bag-info.txt 声明卷宗 PDF ${info.dossierPdfs} 个，data/dossiers/ 实有 ${pdfs.length} 个`, 'bag-info.txt');
  if (problems.count > before) return null;
  // Every file passed above: read again, one entity at a time, without validating twice.
  return (entity) => (parseFile(bag, entity, problems) ?? []) as Rows;
}

/** Every entity's records at once (tests, small packages); import reads them one entity at a time instead. */
export function datasetOf(period: string, read: RecordReader): PeriodDataset {
  return { period, ...Object.fromEntries(packageEntityNames.map((e) => [e, read(e)])) } as unknown as PeriodDataset;
}
