// `npm run bench` (docx): one filled 人民调解协议书 rendered to .docx, vs the docx library writing the same text bare; LibreOffice → PDF if present.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { Block, FormDoc } from '../electron/shared/documents/form-doc';
import { renderFormDocx } from '../electron/core/documents/docx/render-form';
import { alternate, type Stat } from './case-timing';

const RUNS = Math.max(200, Number(process.env.BENCH_RUNS ?? 300));

const party = (role: string, name: string, gender: string, age: string, job: string, phone: string, address: string): Block => ({
  kind: 'fields',
  columns: 6,
  widths: [2, 2, 4, 2, 3, 4],
  rows: [
    [{ label: role, rowSpan: 3 }, { label: '姓名' }, { value: name }, { label: '性别' }, { value: gender }, { value: '' }],
    [{ label: '民族' }, { value: '汉族' }, { label: '年龄' }, { value: age }, { value: job }],
    [{ label: '联系方式' }, { value: phone }, { label: '住址' }, { value: address, span: 2 }],
  ],
});

export const agreement: FormDoc = {
  title: '人民调解协议书',
  number: '编号：（2026）城调字第007号',
  blocks: [
    party('申请人', '张建国', '男', '52', '农民', '13800138000', '城关镇幸福村三组18号'),
    party('被申请人', '李秀兰', '女', '47', '个体经营', '13912345678', '城关镇幸福村三组20号'),
    { kind: 'heading', text: '纠纷主要事实、争议事项' },
    {
      kind: 'paragraph',
      indent: true,
      text: ['申请人张建国与被申请人李秀兰系同村相邻住户。2026年9月，被申请人翻建房屋时将围墙向申请人一侧延伸约0.6米，并将屋面雨水排向申请人院内，双方因宅基地界址及排水问题多次发生争执。申请人请求被申请人拆除越界围墙、改造排水并赔偿损失。'],
    },
    { kind: 'paragraph', indent: true, text: ['经调解，双方当事人自愿达成如下协议：'] },
    {
      kind: 'list',
      items: [
        '被申请人李秀兰于2026年12月1日前自行拆除越界围墙，按1998年宅基地使用证所载界址重新砌筑；',
        '被申请人于2026年12月1日前将屋面排水改向本人院内，不得排向申请人一侧；',
        '被申请人赔偿申请人院墙及菜地损失人民币叁仟伍佰元整（¥3,500.00），于本协议签订之日当场付清；',
        '申请人张建国对被申请人施工期间的正常通行予以配合，不得阻挠；',
        '双方今后和睦相处，本纠纷就此了结，任何一方不得再以此事由向对方主张权利。',
      ],
    },
    { kind: 'paragraph', indent: true, text: ['履行方式、时限：', { text: '第三项当场以现金履行；第一、二项于2026年12月1日前履行完毕。', underline: true }] },
    { kind: 'paragraph', indent: true, text: ['本协议一式三份，双方当事人各执一份，人民调解委员会留存一份。'] },
    {
      kind: 'signatures',
      lines: [
        { label: '当事人（签名、盖章或按指印）：', date: '2026年11月7日' },
        { label: '当事人（签名、盖章或按指印）：', date: '2026年11月7日' },
        { label: '人民调解员（签名）：' },
        { label: '记录人（签名）：' },
      ],
    },
    { kind: 'seal', organ: '城关镇人民调解委员会（印章）', date: '2026年11月7日' },
  ],
  footnote: '本协议自各方当事人签名、盖章或按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。',
};

/** Every text of the form in reading order, for the bare baseline. */
function texts(doc: FormDoc): string[] {
  const out = [doc.title, doc.number ?? ''];
  for (const b of doc.blocks) {
    if (b.kind === 'fields') out.push(b.rows.flat().map((c) => ('label' in c ? c.label : 'value' in c ? c.value : '')).join(' '));
    else if (b.kind === 'paragraph') out.push(b.text.map((t) => (typeof t === 'string' ? t : 'text' in t ? t.text : '')).join(''));
    else if (b.kind === 'heading') out.push(b.text);
    else if (b.kind === 'list') out.push(...b.items.map((item, i) => `${i + 1}、${item}`));
    else if (b.kind === 'signatures') out.push(...b.lines.map((l) => `${l.label}${l.date ?? ''}`));
    else if (b.kind === 'seal') out.push(b.organ, b.date);
  }
  return [...out, doc.footnote ?? ''];
}
const bare = (lines: string[]) => Packer.toBuffer(new Document({ sections: [{ children: lines.map((t) => new Paragraph({ children: [new TextRun(t)] })) }] }));

function office(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
    } catch {
      // not on PATH
    }
  }
  return null;
}

/** LibreOffice → PDF: a first run (creates the fresh profile), then the median of 3. */
function libreOffice(bin: string, docx: string, dir: string): { first: number; median: number } {
  const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
  const once = () => {
    const t = performance.now();
    execFileSync(bin, [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 120_000 });
    if (!fs.existsSync(docx.replace(/\.docx$/, '.pdf'))) throw new Error('LibreOffice wrote no PDF');
    return performance.now() - t;
  };
  const first = once();
  const times = [once(), once(), once()].sort((a, b) => a - b);
  return { first, median: times[1]! };
}

const fmt = (s: Stat) => `${s.p50.toFixed(2)} / ${s.p95.toFixed(2)} ms`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-docx-'));
try {
  const lines = texts(agreement);
  const sample = await renderFormDocx([agreement]);
  const { a: ours, b: base } = await alternate(RUNS, () => renderFormDocx([agreement]), () => bare(lines));
  const baseStat = base!;
  console.log(`\n司法所台账 docx benchmarks — ${RUNS} runs after warm-up; p50 / p95; form ${(sample.length / 1024).toFixed(1)} KB`);
  console.log('| what | ours | docx library, bare text (same run) | ratio p50 / p95 | target |');
  console.log('|---|---|---|---|---|');
  const ratio = `${(ours.p50 / baseStat.p50).toFixed(2)}× / ${(ours.p95 / baseStat.p95).toFixed(2)}×`;
  console.log(`| renderFormDocx: 人民调解协议书 (2 party tables, 5 clauses, signatures, seal) | ${fmt(ours)} | ${fmt(baseStat)} | ${ratio} | p95 ≤ 30 ms |`);
  const bin = office();
  if (!bin) {
    console.log('\nLibreOffice → PDF: skipped (no soffice/libreoffice on PATH)');
  } else {
    const file = path.join(dir, 'agreement.docx');
    fs.writeFileSync(file, sample);
    const lo = libreOffice(bin, file, dir);
    console.log(`\nLibreOffice → PDF of the same .docx (${bin}, fresh profile): first ${lo.first.toFixed(0)} ms, median of 3 ${lo.median.toFixed(0)} ms = ${(lo.median / ours.p50).toFixed(0)}× our docx render p50`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
