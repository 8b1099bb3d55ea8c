// The starter template an office downloads and edits: how tags are written, then every field of the form as a tag.
import type { FieldSpec } from '../../../shared/documents/fields';
import type { Block, FormDoc } from '../../../shared/documents/form-doc';
import { renderFormDocx } from '../docx/render-form';

/** Lists with at most this many text fields are shown as a table whose row repeats per item. */
const TABLE_MAX_COLUMNS = 5;

// The prose never contains half-width braces: they would be read as tags.
const HOW_TO: readonly string[] = [
  '本文件是可上传的文书模板：请在 Word 中按本所格式修改版式和文字，保存为 .docx 后在“文书模板”中上传。打印时，每个标签会换成案件或台账中的内容。',
  '1. 字段：用半角花括号括住字段名，如下文各行冒号后的标签。字段名须与“可用字段”中的写法完全一致。',
  '2. 列表（如每位当事人一组）：以“#列表名”标签开始、以“/列表名”标签结束，中间的内容对每一项重复一次，其中直接写该项的字段名。开始和结束标签放在表格的同一行内时，整行按项重复。',
  '3. 是/否条件：以“#名称”开始、“/名称”结束的内容在“是”时打印；以“^名称”开始、“/名称”结束的内容在“否”时打印。',
  '4. 列表中某一字段也可以直接写成“列表名.字段名”，多项之间以顿号分隔。',
  '5. 标签请一次输入完整，不要在标签中间改变字体或格式；不要使用以 @ 开头的标签。上传时会逐项检查，并用中文列出有问题的标签。',
];

const tag = (path: string) => `{${path}}`;
const describe = (f: FieldSpec) => f.description || f.name;

/** The lines of one field: “说明：{字段}”, a list as a loop over its item fields, a flag as both conditions. */
function fieldBlocks(f: FieldSpec, depth: number): Block[] {
  const indent = '\u3000\u3000'.repeat(depth);
  const line = (text: string): Block => ({ kind: 'paragraph', text: [`${indent}${text}`] });
  if (f.kind === 'text') return [line(`${describe(f)}：${tag(f.name)}`)];
  if (f.kind === 'flag') {
    return [line(`${describe(f)}：${tag(`#${f.name}`)}是${tag(`/${f.name}`)}${tag(`^${f.name}`)}否${tag(`/${f.name}`)}`)];
  }
  const items = f.fields ?? [];
  const simple = depth === 0 && items.length > 0 && items.length <= TABLE_MAX_COLUMNS && items.every((i) => i.kind === 'text');
  if (simple) return listTable(f, items);
  return [
    line(`${describe(f)}（每项重复以下内容）：`),
    { kind: 'paragraph', text: [tag(`#${f.name}`)] },
    ...items.flatMap((item) => fieldBlocks(item, depth + 1)),
    { kind: 'paragraph', text: [tag(`/${f.name}`)] },
  ];
}

/** A header row of the item fields and one row holding the loop: Word repeats the row for each item. */
function listTable(f: FieldSpec, items: readonly FieldSpec[]): Block[] {
  const last = items.length - 1;
  const cells = items.map((item, i) => ({
    value: `${i === 0 ? tag(`#${f.name}`) : ''}${tag(item.name)}${i === last ? tag(`/${f.name}`) : ''}`,
  }));
  return [
    { kind: 'paragraph', text: [`${describe(f)}（表格的第二行按每一项重复）：`] },
    { kind: 'table', header: items.map((i) => i.name), widths: items.map(() => 1), rows: [cells] },
  ];
}

/** The starter .docx of a form: title, how tags are written, and every field; passes checkTemplate with no problems. */
export async function starterTemplate(label: string, fields: readonly FieldSpec[]): Promise<Buffer> {
  const doc: FormDoc = {
    title: label,
    number: '（本所模板）',
    blocks: [
      { kind: 'heading', text: '模板写法' },
      ...HOW_TO.map((text): Block => ({ kind: 'paragraph', text: [text], indent: true })),
      { kind: 'heading', text: '可用字段' },
      ...(fields.length === 0
        ? [{ kind: 'paragraph' as const, text: ['本文书暂无可用字段。'] }]
        : fields.flatMap((f) => fieldBlocks(f, 0))),
    ],
  };
  return renderFormDocx([doc]);
}
