// The fields a form offers to templates, as a tree: {名称} and what it holds; lists and conditions with their loop syntax.
import type { FieldSpec } from '@shared/documents/fields';
import { Tree, Typography, type TreeDataNode } from 'antd';

function tagOf(f: FieldSpec): string {
  return f.kind === 'text' ? `{${f.name}}` : `{#${f.name}}…{/${f.name}}`;
}

function kindNote(f: FieldSpec): string {
  if (f.kind === 'list') return '（列表：逐项重复其中的内容）';
  if (f.kind === 'flag') return '（条件：为“是”时才打印其中的内容）';
  return '';
}

function nodesOf(fields: readonly FieldSpec[], prefix: string): TreeDataNode[] {
  return fields.map((f) => ({
    key: `${prefix}/${f.name}`,
    title: (
      <span>
        <Typography.Text code>{tagOf(f)}</Typography.Text> {f.description}
        <Typography.Text type="secondary">{kindNote(f)}</Typography.Text>
      </span>
    ),
    children: f.fields ? nodesOf(f.fields, `${prefix}/${f.name}`) : undefined,
  }));
}

export function TemplateFields({ form, fields }: { form: string; fields: readonly FieldSpec[] }) {
  if (fields.length === 0) return <Typography.Text type="secondary">此文书没有可用字段</Typography.Text>;
  return (
    <div>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        在 Word 模板中输入花括号中的字段名即可填入内容；列表字段用 {'{#名称}'}…{'{/名称}'} 包住要重复的部分，其中直接写列表项的字段名。
      </Typography.Paragraph>
      <Tree aria-label="模板字段" treeData={nodesOf(fields, form)} defaultExpandAll selectable={false} showLine blockNode />
    </div>
  );
}
