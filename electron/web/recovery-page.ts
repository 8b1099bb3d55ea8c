// The recovery page web mode serves instead of the app when the database is damaged: static Chinese HTML, no script, one form.
import { describeBackup, type RecoveryBackups } from '../core/backup';

export const RECOVERY_RESTORE_PATH = '/recovery/restore';

export type RecoveryNotice =
  | { kind: 'restored'; from: string; asideDir: string }
  | { kind: 'failed'; message: string };

export interface RecoveryView {
  file: string;
  problems: readonly string[];
  backups: RecoveryBackups;
  notice?: RecoveryNotice | undefined;
}

/** Stricter than the app's CSP: no script at all, styles only by this page's nonce, forms only back to us. */
export function recoveryCsp(styleNonce: string): string {
  return [
    "default-src 'none'",
    `style-src 'nonce-${styleNonce}'`,
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font-family:system-ui,"Microsoft YaHei","PingFang SC",sans-serif;max-width:760px;margin:40px auto;padding:0 20px;color:#1f1f1f;line-height:1.6}
h1{font-size:22px;color:#cf1322}table{border-collapse:collapse;width:100%}th,td{border:1px solid #d9d9d9;padding:6px 10px;text-align:left}
th{background:#fafafa}code{word-break:break-all}button{font-size:16px;padding:8px 20px;background:#1677ff;color:#fff;border:0;border-radius:6px;cursor:pointer}
.notice{padding:12px 16px;border-radius:6px;margin:16px 0}.ok{background:#f6ffed;border:1px solid #b7eb8f}.bad{background:#fff2f0;border:1px solid #ffccc7}`;

function restoredSection(notice: Extract<RecoveryNotice, { kind: 'restored' }>): string {
  return `<div class="notice ok"><p><strong>已从备份恢复，数据库检查通过。</strong></p>
<p>所用备份：<code>${escapeHtml(notice.from)}</code></p>
<p>损坏的数据库文件没有删除，已移到：<code>${escapeHtml(notice.asideDir)}</code>，请保留。</p>
<p>备份之后录入的内容需要重新录入。<a href="/">打开台账</a></p></div>`;
}

function backupsSection(backups: RecoveryBackups): string {
  const newest = backups.verified[0];
  const failed = backups.failed > 0 ? `<p>另有 ${backups.failed} 个备份未通过校验，不能用于恢复。</p>` : '';
  if (newest === undefined) {
    return `<h2>没有找到可用的备份</h2>${failed}
<p>请不要删除、覆盖或修复此文件，先把它复制一份保存好，然后联系技术支持。</p>`;
  }
  const rows = backups.verified
    .map((b) => `<tr><td>${escapeHtml(describeBackup(b))}</td><td><code>${escapeHtml(b.dir)}</code></td></tr>`)
    .join('\n');
  return `<h2>可用的备份（已校验，最新的在前）</h2>
<table><thead><tr><th>备份时间与大小</th><th>文件夹</th></tr></thead><tbody>
${rows}
</tbody></table>${failed}
<p>恢复时，损坏的数据库会移到数据目录的 <code>backups/before-restore-&lt;时间&gt;/</code> 中保存，不会删除。该备份之后录入的内容需要重新录入。</p>
<form method="post" action="${RECOVERY_RESTORE_PATH}">
<input type="hidden" name="backup" value="${escapeHtml(newest.dir)}">
<button type="submit">从最新的备份恢复（${escapeHtml(describeBackup(newest))}）</button>
</form>`;
}

/** The whole page; after a successful restore it shows the outcome and a link to the app instead of the form. */
export function recoveryPageHtml(view: RecoveryView, styleNonce: string): string {
  const notice = view.notice;
  const problems = view.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('');
  const body =
    notice?.kind === 'restored'
      ? restoredSection(notice)
      : `${notice?.kind === 'failed' ? `<div class="notice bad"><p>${escapeHtml(notice.message)}</p></div>` : ''}
<p>程序启动时检查发现数据库文件已损坏。<strong>数据库文件已损坏，未做任何修改</strong>：程序没有打开、升级或覆盖它。</p>
<p>文件：<code>${escapeHtml(view.file)}</code></p>
<p>检查结果：</p><ul>${problems}</ul>
${backupsSection(view.backups)}`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>司法所台账 · 数据库恢复</title>
<style nonce="${escapeHtml(styleNonce)}">${STYLE}</style></head>
<body><h1>${notice?.kind === 'restored' ? '数据库已恢复' : '数据库文件已损坏'}</h1>
${body}
</body></html>`;
}
