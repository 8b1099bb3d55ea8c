// Page layout of the demo office's printed forms: the common cases fit one page, no page holds only signatures, no date breaks.
import { afterAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../electron/shared/schemas/case';
import { openDemoCore } from '../../helpers/demo-core';
import { pdfText } from '../../helpers/pdf-text';
import { ok } from '../../helpers/temp-core';

const core = openDemoCore();
afterAll(() => core.cleanup());

const FORMS = ['application', 'session', 'inquiry', 'agreement', 'confirmationRequest', 'cover'];

async function render(form: string, id: number, stepId: number | null): Promise<readonly string[]> {
  const file = await ok<{ dataBase64: string }>(core, 'document.render', { form, id, ...(stepId ? { stepId } : {}), format: 'pdf' });
  return pdfText(Buffer.from(file.dataBase64, 'base64'), `${form}-${id}-${stepId ?? 0}`).pages;
}

const textLines = (page: string) => page.split('\n').filter((l) => l.trim() !== '' && !/第\s*\d+\s*页\s*共/.test(l));
/** A date cut at the end of a line: 2026年 / 2026年10 / 2026年10月, the rest on the next line. */
const CUT_DATE = /\d{4}年(\d{1,2}(月(\d{1,2})?)?)?\s*$/;

describe('printed forms of the demo office', () => {
  it('fit the common cases on one page, keep signatures with the text above, never break a date', async () => {
    const cases = await ok<{ items: { id: number }[] }>(core, 'case.list', { pageSize: 100 });
    const pages = new Map<string, number>();
    let twoApplicants = 0;
    for (const { id } of cases.items) {
      const detail = await ok<CaseDetail>(core, 'case.get', { id });
      const applicants = detail.parties.filter((p) => p.role === 'applicant').length;
      const forms = await ok<{ items: { form: string; stepId: number | null }[] }>(core, 'document.forms', { caseId: id });
      for (const f of forms.items.filter((x) => FORMS.includes(x.form))) {
        const printed = await render(f.form, id, f.stepId);
        const name = `${f.form} of case ${id}${f.stepId ? ` step ${f.stepId}` : ''}`;
        pages.set(name, printed.length);
        // A page after the first never starts with the signatures, the committee's name or the date of the seal.
        for (const p of printed.slice(1)) expect(textLines(p)[0], name).not.toMatch(/（签名|^\s*\S*人民调解委员会\s*$|^\s*\d{4}年\d{1,2}月\d{1,2}日\s*$/);
        const lines = printed.flatMap(textLines);
        // Only the signature lines are checked (running text may wrap anywhere).
        lines.forEach((l, i) => {
          if (l.includes('（签名') && CUT_DATE.test(l)) expect.fail(`${name}: date cut after "${l.trim()}" / "${lines[i + 1]?.trim()}"`);
        });
        if (applicants === 2 && (f.form === 'application' || f.form === 'session')) {
          twoApplicants++;
          expect(printed.length, name).toBe(1);
        }
      }
    }
    expect(twoApplicants).toBeGreaterThan(0);
    // A written agreement of two parties (the demo's have up to three clauses) fits one page when its facts are short.
    expect([...pages].some(([n, count]) => n.startsWith('agreement') && count === 1)).toBe(true);
    expect(Math.max(...pages.values())).toBeLessThanOrEqual(2);
  }, 240_000);

  it('prints a 排查记录 with one or two findings on one page', async () => {
    const rounds = await ok<{ items: { id: number }[] }>(core, 'investigation.list', { pageSize: 100 });
    let checked = 0;
    for (const { id } of rounds.items) {
      const round = await ok<{ findings: unknown[] }>(core, 'investigation.get', { id });
      if (round.findings.length < 1 || round.findings.length > 2) continue;
      checked++;
      expect((await render('investigationRound', id, null)).length, `round ${id}`).toBe(1);
    }
    expect(checked).toBeGreaterThan(0);
  }, 120_000);
});
