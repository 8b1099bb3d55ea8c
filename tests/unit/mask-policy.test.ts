// The masking policy by role: readonly masked everywhere, admin/staff masked in lists only, reveals on *.get, org phones kept.
import { describe, expect, it } from 'vitest';
import { isDetailQuery, maskForViewer } from '../../electron/core/auth/mask-output';
import type { Viewer } from '../../electron/core/services/context';
import { methodNames } from '../../electron/shared/contract';

const viewer = (role: Viewer['role']): Viewer => ({
  userId: 1,
  actor: role,
  role,
  seesSensitive: role !== 'readonly',
  sessionKey: 'k',
});
const ID = '11010519491231002X';
const MOBILE = '13912345678';
const person = { id: 1, name: '张三', idNumber: ID, phone: MOBILE };
const page = { items: [person], total: 1, page: 1, pageSize: 20 };
const text = (v: unknown) => JSON.stringify(v);

describe('maskForViewer', () => {
  it('masks every output of every method for a readonly viewer, and reveals nothing', () => {
    for (const method of methodNames) {
      const out = maskForViewer(method, { ...person, parties: [person] }, viewer('readonly'));
      expect(text(out.value), method).not.toContain(ID);
      expect(text(out.value), method).toContain('1101**********002X');
      expect(out.revealed).toEqual([]);
    }
  });

  it('masks list-like queries for admin and staff', () => {
    for (const role of ['admin', 'staff'] as const) {
      for (const method of ['staff.list', 'case.list', 'case.month', 'case.checkDuplicates', 'investigationFinding.list', 'audit.list'] as const) {
        const out = maskForViewer(method, page, viewer(role));
        expect(text(out.value)).not.toContain(MOBILE);
        expect(text(out.value)).toContain('139****5678');
        expect(out.revealed).toEqual([]);
      }
    }
  });

  it('gives admin and staff full values on *.get and lists the revealed paths', () => {
    const detail = { ...person, parties: [{ ...person, agents: [{ name: '李四', idNumber: null, phone: '025-84561234' }] }] };
    for (const role of ['admin', 'staff'] as const) {
      const out = maskForViewer('case.get', detail, viewer(role));
      expect(out.value).toBe(detail);
      expect(out.revealed).toEqual(['idNumber', 'phone', 'parties[0].idNumber', 'parties[0].phone', 'parties[0].agents[0].phone']);
    }
    expect(maskForViewer('staff.get', { ...person, idNumber: ID, phone: null }, viewer('admin')).revealed).toEqual(['idNumber']);
    expect(maskForViewer('office.get', { name: '所', phone: '025-84561234' }, viewer('admin')).revealed).toEqual([]);
  });

  it('leaves mutation outputs alone for admin and staff, without a reveal', () => {
    const out = maskForViewer('staff.create', person, viewer('staff'));
    expect(out).toEqual({ value: person, revealed: [] });
  });

  it('keeps organisation phones (office, committee) visible to readonly, but masks committee members and contacts', () => {
    const committee = { id: 1, name: '城关调委会', phone: '025-84561234', members: [{ name: '王五', phone: MOBILE }] };
    const out = maskForViewer('committee.get', committee, viewer('readonly')).value as typeof committee;
    expect(out.phone).toBe('025-84561234');
    expect(out.members[0]!.phone).toBe('139****5678');
    const list = maskForViewer('committee.list', { items: [committee] }, viewer('readonly')).value as { items: (typeof committee)[] };
    expect(list.items[0]!.phone).toBe('025-84561234');
    expect(maskForViewer('office.get', { phone: '025-84561234' }, viewer('readonly')).value).toEqual({ phone: '025-84561234' });
    expect(maskForViewer('enterprise.get', { contact: '赵六', phone: MOBILE }, viewer('readonly')).value).toEqual({ contact: '赵六', phone: '139****5678' });
    expect(maskForViewer('partnerUnit.list', { items: [{ phone: MOBILE }] }, viewer('readonly')).value).toEqual({ items: [{ phone: '139****5678' }] });
  });

  it('counts only read methods ending in .get as detail views', () => {
    expect(isDetailQuery('case.get')).toBe(true);
    expect(isDetailQuery('audit.get')).toBe(true);
    expect(isDetailQuery('case.list')).toBe(false);
    expect(isDetailQuery('xlsx.export')).toBe(false);
    expect(isDetailQuery('office.save')).toBe(false);
  });
});
