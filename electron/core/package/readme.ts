// data/README.txt of a package: what the bag holds, in Chinese, from the data only (no export instant: the payload must be byte-identical on re-export).
import { PACKAGE_FORMAT_VERSION, packageEntities, packageEntityNames } from '../../shared/package/records';

export function readmeText(officeName: string, periodLabel: string, hasReport: boolean, dossierPdfs: number): Buffer {
  const lines = [
    `司法所台账数据包（格式 ${PACKAGE_FORMAT_VERSION} 版）`,
    `${officeName} ${periodLabel}`,
    '',
    '本包为 BagIt 1.0（RFC 8493）结构：bagit.txt、bag-info.txt 为包说明，manifest-sha256.txt 列出 data/ 下每个文件的 SHA-256，',
    'tagmanifest-sha256.txt 列出说明文件的 SHA-256，并由本所 Ed25519 密钥签名（tagmanifest-sha256.txt.sig，公钥见 ledger-signing-key.pub，',
    '其指纹应与区司法局登记的一致）。本包不加密。',
    '',
    'data/records/<名称>.json  每类记录一个 JSON 数组，每行一条记录，字段顺序同结构说明',
    'data/csv/<名称>.csv       同一记录的 CSV（UTF-8 带 BOM，CRLF 换行，可用 Excel 打开；以 = + - @ 开头的文字前加了 \'）',
    'data/schemas/<名称>.schema.json  每类记录的 JSON Schema（draft 2020-12）',
    ...(hasReport ? ['data/report/report.json、report.xlsx、report.pdf  本期统计报表（数据、表格、公文）'] : []),
    `data/dossiers/case-<案件编号>.pdf  本期上报案件中已立卷归档案件的整卷 PDF（共 ${dossierPdfs} 份）`,
    '',
    '记录类别：',
    ...packageEntityNames.map((e) => `  ${packageEntities[e].stem}  ${packageEntities[e].label}`),
    '',
    '格式说明：司法所台账 docs/package-format.md',
    '',
  ];
  return Buffer.from(lines.join('\r\n'), 'utf8');
}
