// Test helpers of the register forms: a read-only CallContext over a test core, and the error a build throws.
import { execFileSync } from 'node:child_process';
import type { Core } from '../../../electron/core';
import type { CallContext } from '../../../electron/core/services/context';
import { AppError } from '../../../electron/shared/errors';
import { trustedViewer } from '../../../electron/core/auth/accounts';

/** What a document handler gets inside its read transaction; any write through it fails the test. */
export function readCall(core: Core, today = '2026-11-27'): CallContext {
  const audit = Object.assign(
    () => {
      throw new Error('a form build must not write');
    },
    { count: () => 0 },
  );
  return { db: core.handle.db, now: `${today}T02:00:00.000Z`, today, audit, dataDir: '', actor: 'test', viewer: trustedViewer('test'), appVersion: '0.0.0', afterCommit: () => undefined };
}

export function appErrorOf(work: () => unknown): { code: string; message: string } {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected an AppError');
}


/**
 * The text of each table column of a PDF, top to bottom over all pages: words are assigned to the column their
 * centre falls in (`edges` are the column boundaries in points). Cells wrap side by side, so `pdftotext -layout`
 * interleaves their lines; read column by column, a cell's text stays whole.
 */
export function pdfColumns(file: string, edges: readonly number[]): string[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words: { page: number; x: number; y: number; text: string }[] = [];
  xml.split('<page ').slice(1).forEach((page, p) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
      words.push({ page: p, x: (Number(m[1]) + Number(m[3])) / 2, y: Number(m[2]), text: m[4]! });
    }
  });
  words.sort((a, b) => a.page - b.page || a.y - b.y || a.x - b.x);
  return edges.slice(1).map((right, i) =>
    words
      .filter((w) => w.x >= edges[i]! && w.x < right)
      .map((w) => w.text)
      .join(''),
  );
}
