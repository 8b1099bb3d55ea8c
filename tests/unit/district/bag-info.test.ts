// bag-info.txt parsing (RFC 8493 §2.2.2): labels, indented continuation lines, malformed lines reported by number.
import { describe, expect, it } from 'vitest';
import { parseBagInfo } from '../../../electron/core/district/bag';
import { Problems } from '../../../electron/core/district/problems';

describe('parseBagInfo', () => {
  it('reads labels, joins continuation lines and keeps the first of repeated labels', () => {
    const problems = new Problems();
    const info = parseBagInfo('Source-Organization: 玄武街道\n  司法所\nPayload-Oxum: 12.3\r\nPayload-Oxum: 9.9\n', problems);
    expect(problems.list).toEqual([]);
    expect(info.get('Source-Organization')).toBe('玄武街道 司法所');
    expect(info.get('Payload-Oxum')).toBe('12.3');
  });

  it('reports a line without a label', () => {
    const problems = new Problems();
    parseBagInfo('Bagging-Date: 2026-12-01\nno label here\n', problems);
    expect(problems.list).toEqual([{ code: 'bagInfoInvalid', message: 'bag-info.txt 第 2 行格式不正确', path: 'bag-info.txt' }]);
  });

  it('caps a flood of problems of one code', () => {
    const problems = new Problems();
    parseBagInfo('x\n'.repeat(500), problems);
    expect(problems.list).toHaveLength(21);
  });
});
