// First-half case forms over the demo office: every form that applies to cases in each state, and to a bare case made via the API.
import { afterAll, describe, expect, it } from 'vitest';
import { caseSources } from '../../../electron/shared/case-codes';
import { labelOf } from '../../../electron/shared/codes';
import { BLANK_DATE, dateCn } from '../../../electron/shared/documents/format';
import { caseFormsA } from '../../../electron/core/documents/forms/case-forms-a';
import { BLANK_DOSSIER_NUMBER } from '../../../electron/core/documents/forms/cover';
import { openDemoCore } from '../../helpers/demo-core';
import { ok } from '../../helpers/temp-core';
import { inOrder, labelsOf, textsOf } from '../../helpers/pdf-text';
import { bareCase, buildAll, contextOf, demoCaseIds } from './forms-a-helpers';

const core = openDemoCore();
afterAll(() => core.cleanup());

const STATES = ['received', 'rejected', 'mediating', 'succeeded', 'failed', 'terminated'];

describe('first-half case forms on demo cases', () => {
  it('build for cases in every state: data parses, no null words, the forms that apply are the expected ones', async () => {
    const ids = await demoCaseIds(core, STATES);
    expect(Object.keys(ids).length).toBeGreaterThanOrEqual(5);
    for (const [state, id] of Object.entries(ids)) {
      const ctx = contextOf(core, id);
      const built = buildAll(ctx);
      const codes = new Set(built.map((b) => b.code));
      for (const b of built) {
        expect(b.form.data.parse(b.data)).toEqual(b.data);
        for (const t of textsOf(b.doc)) expect(t, `${state} ${b.code}`).not.toMatch(/undefined|null|NaN|\[object/);
      }
      expect(codes.has('acceptance')).toBe(state !== 'rejected');
      expect(codes.has('application')).toBe(ctx.detail.source === 'applied');
      expect(built.filter((b) => b.code === 'session')).toHaveLength(ctx.detail.steps.filter((s) => s.kind === 'session').length);
      expect(built.filter((b) => b.code === 'inquiry')).toHaveLength(ctx.detail.steps.filter((s) => s.kind === 'inquiry').length);
      expect(codes.has('backCover')).toBe(ctx.detail.dossier !== null);
    }
  });

  it('fills a concluded case from its register: cover, acceptance, session in paper order', async () => {
    const page = await ok<{ items: { id: number }[] }>(core, 'case.list', { state: 'succeeded', dossierStatus: 'closed', pageSize: 1 });
    const ctx = contextOf(core, page.items[0]!.id);
    const d = ctx.detail;
    const byCode = (code: string) => buildAll(ctx).filter((b) => b.code === code);

    const cover = byCode('cover')[0]!.doc;
    expect(cover.kicker).toBe(d.committeeName);
    const coverText = textsOf(cover).join('|');
    const mediators = d.mediators.map((m) => m.name).join('、');
    const range = `自${dateCn(d.acceptedOn)}至${dateCn(d.concludedOn)}`;
    inOrder(coverText, [d.title, d.dossier!.number, mediators, range, d.dossier!.closedBy!, dateCn(d.dossier!.closedOn), d.dossier!.retention!]);

    const acceptance = byCode('acceptance')[0]!.doc;
    expect(labelsOf(acceptance)).toEqual(['纠纷类型', '案件来源', '纠纷简要情况', '当事人（签名）', '登记人（签名）']);
    inOrder(textsOf(acceptance).join('|'), [dateCn(d.acceptedOn), d.categoryLabel, `■${labelOf(caseSources, d.source)}`, d.facts.slice(0, 10)]);

    const sessions = d.steps.filter((s) => s.kind === 'session');
    const built = byCode('session');
    expect(built).toHaveLength(sessions.length);
    sessions.forEach((s, i) => {
      const doc = built[i]!.doc;
      expect(labelsOf(doc).slice(0, 5)).toEqual(['时间', '地点', '事由', '参加人', '当事人']);
      const firstLine = s.content!.split('\n').find((l) => l.trim())!.trim();
      inOrder(textsOf(doc).join('|'), [dateCn(s.occurredOn), d.title, firstLine, '调解员（签名）', d.committeeName]);
    });
  });

  it('prints blanks for a case made with only the required intake fields', async () => {
    const id = await bareCase(core);
    const ctx = contextOf(core, id);
    expect(buildAll(ctx).map((b) => b.code).sort()).toEqual(['acceptance', 'rightsNotice']);
    const forms = ['cover', 'backCover', 'inquiry', 'session', 'application'] as const;
    // Forms that do not apply yet still build (a blank form to write on) without null words.
    for (const code of [...forms, 'acceptance', 'rightsNotice'] as const) {
      const form = caseFormsA[code]!;
      const data = form.build(ctx, null);
      expect(form.data.parse(data)).toEqual(data);
      const texts = textsOf(form.layout(data));
      for (const t of texts) expect(t, code).not.toMatch(/undefined|null|NaN|\[object/);
      if (code === 'cover') expect(texts).toContain(BLANK_DOSSIER_NUMBER);
      if (code === 'acceptance') expect(texts).toContain(BLANK_DATE);
    }
  });
});
