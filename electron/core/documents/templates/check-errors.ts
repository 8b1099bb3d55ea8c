// docxtemplater's compile errors (unclosed, unopened, mismatched tags…) as Chinese problems naming the tag and where it is.
import type { TemplateProblem } from '../../../shared/schemas/document';
import { placeOf, type XmlParagraph } from './xml-text';

interface XtProperties {
  readonly id?: string;
  readonly xtag?: string;
  readonly context?: string;
  readonly file?: string;
  readonly offset?: number | number[];
  readonly openingtag?: string;
  readonly closingtag?: string;
  readonly pair?: { left?: string; right?: string };
  readonly lastPair?: { left?: string; right?: string };
  readonly errors?: readonly unknown[];
}

export type PartTexts = ReadonlyMap<string, readonly XmlParagraph[]>;

function propertiesOf(err: unknown): XtProperties | null {
  if (typeof err !== 'object' || err === null || !('properties' in err)) return null;
  const props = (err as { properties: unknown }).properties;
  return typeof props === 'object' && props !== null ? (props as XtProperties) : null;
}

const short = (s: string | undefined) => (s ?? '').slice(0, 40);

const BAD_FILE = new Set(['file_has_invalid_xml', 'malformed_xml', 'filetype_not_identified', 'filetype_not_handled']);
const RAW_XML = /^raw_(xml_)?tag/;

function problem(kind: TemplateProblem['kind'], message: string, tag: string | null): TemplateProblem {
  return { severity: 'error', kind, message, tag };
}

/** One docxtemplater error in words; `where` is “正文第3段“……”中，” or ''. */
function describe(props: XtProperties, where: string): TemplateProblem {
  const x = short(props.xtag);
  switch (props.id) {
    case 'unclosed_tag':
      return problem('unclosedTag', `${where}标签“{${x}”缺少结尾的“}”`, `{${x}`);
    case 'unopened_tag':
      return problem('unopenedTag', `${where}标签“${x}}”缺少开头的“{”`, `${x}}`);
    case 'unclosed_loop':
      return problem('unclosedTag', `${where}循环或条件“{#${x}}”没有对应的结束标签“{/${x}}”`, `{#${x}}`);
    case 'unopened_loop':
      return problem('unopenedTag', `${where}结束标签“{/${x}}”前面没有对应的开始标签“{#${x}}”`, `{/${x}}`);
    case 'closing_tag_does_not_match_opening_tag': {
      const open = short(props.openingtag);
      const close = short(props.closingtag);
      return problem('unclosedTag', `${where}开始标签“{#${open}}”的结束标签写成了“{/${close}}”，应为“{/${open}}”`, `{#${open}}`);
    }
    case 'duplicate_open_tag':
      return problem('badSyntax', `${where}标签“${short(props.context) || x}”中有多余的“{”`, short(props.context) || null);
    case 'duplicate_close_tag':
      return problem('badSyntax', `${where}标签中有多余的“}”`, null);
    case 'unbalanced_loop_tags': {
      const a = props.lastPair ?? {};
      const b = props.pair ?? {};
      const message = `${where}循环“{#${short(a.left)}}…{/${short(a.right)}}”与“{#${short(b.left)}}…{/${short(b.right)}}”相互交错，应完整地一个套在另一个里面`;
      return problem('badSyntax', message, `{#${short(b.left)}}`);
    }
    case 'loop_position_invalid':
      return problem('badSyntax', `${where}循环“{#${x}}”的开始和结束标签一个在表格内、一个在表格外（或在不同的表格中），请放在同一处`, `{#${x}}`);
    default:
      if (props.id && RAW_XML.test(props.id)) {
        return problem('badSyntax', `${where}不支持以 @ 开头的标签“{@${x}}”，请改为普通字段“{${x}}”`, `{@${x}}`);
      }
      if (props.id && BAD_FILE.has(props.id)) return problem('badFile', '文件内容已损坏（XML 无效），请在 Word 中打开并另存为 .docx 后再上传', null);
      return problem('badSyntax', `${where}模板标签有误，无法解析${x ? `（“${x}”）` : ''}`, x ? `{${x}}` : null);
  }
}

/** The problems of a failed compile: each error of a multi-error, or the one error; anything else means a broken file. */
export function templateErrors(err: unknown, texts: PartTexts): TemplateProblem[] {
  const props = propertiesOf(err);
  if (!props?.id) return [problem('badFile', '文件内容已损坏，无法读取，请在 Word 中打开并另存为 .docx 后再上传', null)];
  const errors = props.id === 'multi_error' ? (props.errors ?? []) : [err];
  return errors.map((e) => {
    const p = propertiesOf(e) ?? {};
    const file = p.file ?? 'word/document.xml';
    const offset = Array.isArray(p.offset) ? p.offset[0] : p.offset;
    const place = placeOf(texts.get(file) ?? [], file, offset);
    return describe(p, place ? `${place}中，` : '');
  });
}
