// Cell reading (text, numbers, dates, formulas, rich text), label↔code mapping and header matching for .xlsx import.
import { describe, expect, it } from 'vitest';
import { educations, ethnicities, politicalStatuses } from '../../electron/shared/codes';
import { codeFromText, columnLetter, normalizeDateText, readCell, serialToIsoDate } from '../../electron/core/xlsx/cells';
import { headerProblem, matchHeaders, normalizeHeader } from '../../electron/core/xlsx/headers';
import { isUnsafeEntryName } from '../../electron/core/xlsx/zip-guard';

describe('readCell', () => {
  it('reads text, trims it, and turns blanks into null', () => {
    expect(readCell('  张三 ', 'text')).toEqual({ ok: true, value: '张三' });
    expect(readCell('   ', 'text')).toEqual({ ok: true, value: null });
    expect(readCell(null, 'text')).toEqual({ ok: true, value: null });
  });

  it('flattens rich text and hyperlinks to plain text', () => {
    expect(readCell({ richText: [{ text: '欧阳' }, { text: '明远', font: { bold: true } }] }, 'text')).toEqual({ ok: true, value: '欧阳明远' });
    expect(readCell({ text: '见附件', hyperlink: 'https://example.com' }, 'text')).toEqual({ ok: true, value: '见附件' });
  });

  it('refuses formulas, error values and logical values', () => {
    expect(readCell({ formula: 'A1&B1', result: 'x' }, 'text')).toEqual({ ok: false, message: '是公式（=A1&B1），请改为直接填写的值' });
    expect(readCell({ sharedFormula: 'A2', result: 'x' }, 'id')).toMatchObject({ ok: false, message: expect.stringMatching(/^是公式/) });
    expect(readCell({ error: '#N/A' }, 'text')).toEqual({ ok: false, message: '是错误值 #N/A，请改为直接填写的值' });
    expect(readCell(true, 'text')).toMatchObject({ ok: false });
  });

  it('refuses ID numbers typed as numbers, but accepts a phone typed as a number', () => {
    expect(readCell(110105194912310020, 'id')).toMatchObject({ ok: false, message: expect.stringContaining('应以文本格式填写') });
    expect(readCell(1.1e17, 'id')).toMatchObject({ ok: false });
    expect(readCell(13800138000, 'text')).toEqual({ ok: true, value: '13800138000' });
    expect(readCell(1.2345678901234567e20, 'text')).toMatchObject({ ok: false, message: expect.stringContaining('丢失精度') });
  });

  it('reads dates from Date cells, serials and several text forms, with no off-by-one', () => {
    expect(readCell(new Date(Date.UTC(2026, 0, 31)), 'date')).toEqual({ ok: true, value: '2026-01-31' });
    expect(readCell(new Date(Date.UTC(2026, 0, 31, 23, 59, 59)), 'date')).toEqual({ ok: true, value: '2026-01-31' });
    expect(readCell(46053, 'date')).toEqual({ ok: true, value: '2026-01-31' });
    expect(readCell(46053.99, 'date')).toEqual({ ok: true, value: '2026-01-31' });
    expect(readCell(44591, 'date', { date1904: true })).toEqual({ ok: true, value: '2026-01-31' });
    expect(readCell('2026/1/5', 'date')).toEqual({ ok: true, value: '2026-01-05' });
    expect(readCell('2026年1月5日', 'date')).toEqual({ ok: true, value: '2026-01-05' });
    expect(readCell('去年', 'date')).toEqual({ ok: true, value: '去年' });
    expect(readCell(-3, 'date')).toMatchObject({ ok: false });
  });

  it('maps labels (or codes) to codes and lists the allowed values otherwise', () => {
    expect(readCell('大学本科', 'code', { codes: educations })).toEqual({ ok: true, value: '21' });
    expect(readCell('21', 'code', { codes: educations })).toEqual({ ok: true, value: '21' });
    expect(readCell(21, 'code', { codes: educations })).toEqual({ ok: true, value: '21' });
    const wrong = readCell('本科', 'code', { codes: educations });
    expect(wrong).toEqual({ ok: false, message: '“本科”不是可选的值（可选：博士研究生、硕士研究生、大学本科、大学专科、中等专科、普通高中、初中、小学、其他）' });
    expect(readCell('火星族', 'code', { codes: ethnicities })).toMatchObject({ ok: false, message: expect.stringContaining(' 等）') });
  });

  it('maps every label of a code list back to its own code', () => {
    for (const list of [ethnicities, politicalStatuses, educations]) {
      for (const item of list) expect(codeFromText(list, item.label)).toBe(item.code);
    }
  });
});

describe('dates and columns', () => {
  it('converts serials in both date systems and refuses the phantom 1900 dates', () => {
    expect(serialToIsoDate(61)).toBe('1900-03-01');
    expect(serialToIsoDate(60)).toBeNull();
    expect(serialToIsoDate(0, true)).toBe('1904-01-01');
    expect(serialToIsoDate(2_958_466)).toBeNull();
    expect(normalizeDateText('2026.12.1')).toBe('2026-12-01');
  });

  it('names columns as Excel does', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('header matching', () => {
  const required = ['姓名', '身份证号码', '民族'];
  it('matches in any order, ignoring spaces and required marks, and accepts export-only columns', () => {
    const match = matchHeaders([undefined, '民族', ' 姓 名 ', '性别', '*身份证号码'], required, ['性别']);
    expect(match.columns).toEqual(new Map([['民族', 1], ['姓名', 2], ['性别', 3], ['身份证号码', 4]]));
    expect(headerProblem(match)).toBeNull();
    expect(normalizeHeader('姓名（必填）')).toBe('姓名');
  });

  it('says which headers are missing, unknown or repeated', () => {
    const match = matchHeaders([undefined, '姓名', '姓名', '籍贯', '民族'], required);
    expect(headerProblem(match)).toBe(
      '第1行表头与导入模板不一致（缺少列：“身份证号码”；无法识别的列：“籍贯”；重复的列：“姓名”），请使用下载的导入模板填写',
    );
  });
});

describe('zip entry names', () => {
  it('refuses names that could escape a folder', () => {
    for (const name of ['../evil', 'xl/../../evil', '/etc/passwd', 'C:/x', 'a\\..\\b']) expect(isUnsafeEntryName(name)).toBe(true);
    for (const name of ['xl/worksheets/sheet1.xml', '[Content_Types].xml', 'xl/media/a..b.png']) expect(isUnsafeEntryName(name)).toBe(false);
  });
});
