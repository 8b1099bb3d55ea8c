// What goes into the whole-dossier PDF: the generated forms and the uploaded scans of each part, in binding order.
import { and, asc, eq } from 'drizzle-orm';
import { attachment } from '../../../drizzle/schema';
import { dossierParts } from '../../shared/case-codes';
import type { FormDoc } from '../../shared/documents/form-doc';
import { AppError } from '../../shared/errors';
import { readBlob } from '../files/blob-store';
import type { CallContext, Viewer } from '../services/context';
import type { CaseDocContext } from './case-context';
import { layoutOf, plannedForms } from './case-plan';
import type { DossierInput, DossierPartInput, DossierScan } from './pdf/dossier';
import { caseFormOf } from './registry';

/** Scans pdfkit and pdf-lib can place; other files (webp, Word) get a page saying where the original is. */
const placeable = new Set(['image/jpeg', 'image/png', 'application/pdf']);

function notPlaceable(label: string, name: string): FormDoc {
  return {
    title: label,
    blocks: [
      { kind: 'spacer', lines: 4 },
      { kind: 'paragraph', indent: true, text: [`本件附件“${name}”的格式不能并入整卷 PDF，请打开原文件另行打印后装订于此。`] },
    ],
  };
}

type AttachmentRow = typeof attachment.$inferSelect;

/** The case's attachments by role (dossier part), oldest first: one query for the whole dossier. */
function attachmentsByPart(call: Pick<CallContext, 'db'>, caseId: number): Map<string, AttachmentRow[]> {
  const rows = call.db
    .select()
    .from(attachment)
    .where(and(eq(attachment.ownerType, 'case'), eq(attachment.ownerId, caseId)))
    .orderBy(asc(attachment.createdAt), asc(attachment.id))
    .all();
  const byPart = new Map<string, AttachmentRow[]>();
  for (const row of rows) byPart.set(row.role, [...(byPart.get(row.role) ?? []), row]);
  return byPart;
}

function scansOf(call: Pick<CallContext, 'dataDir'>, rows: readonly AttachmentRow[], label: string) {
  const scans: DossierScan[] = [];
  const pages: FormDoc[] = [];
  for (const row of rows) {
    const data = placeable.has(row.mime) ? readBlob(call.dataDir, row.sha256) : null;
    if (data === null) pages.push(notPlaceable(label, row.name));
    else scans.push({ name: row.name, mime: row.mime, data });
  }
  return { scans, pages };
}

/** What a readonly viewer's dossier shows for a scanned part the app has no form for: scans cannot be masked. */
export const HIDDEN_SCAN_TEXT = '此部分为扫描件，含个人信息，只读账户不予显示';

function hiddenScan(label: string): FormDoc {
  return { title: label, blocks: [{ kind: 'spacer', lines: 4 }, { kind: 'paragraph', indent: true, text: [HIDDEN_SCAN_TEXT] }] };
}

function formDocOf(ctx: CaseDocContext, code: 'cover' | 'backCover'): FormDoc {
  const form = caseFormOf(code);
  if (form === undefined) throw new Error(`form ${code} is not registered`);
  return form.layout(form.build(ctx, null));
}

/**
 * A signed part with scans prints the scans (the signed originals); otherwise the forms generated from the
 * case. Parts the case does not need, or holds nothing for, are left out.
 *
 * A viewer without the right to see personal data (readonly) never gets a scan (it cannot be masked): a scanned
 * part prints the form the app generates for it (from the masked case data), or, when the app has none, one page
 * saying the part is a scan withheld from read-only accounts. No `viewer` means a trusted caller (the package).
 */
export function dossierInputOf(call: Pick<CallContext, 'db' | 'dataDir'> & { viewer?: Viewer }, ctx: CaseDocContext): DossierInput {
  const hideScans = call.viewer?.seesSensitive === false;
  const { detail } = ctx;
  if (detail.dossier === null) throw new AppError('VALIDATION_FAILED', '本案件尚未建立卷宗，不能生成整卷 PDF 或卷内目录', 'caseId');
  const planned = plannedForms(ctx);
  const parts: DossierPartInput[] = [];
  const attached = attachmentsByPart(call, detail.id);
  for (const info of dossierParts) {
    if (info.code === 'cover' || info.code === 'toc' || info.code === 'backCover') continue;
    const status = detail.completeness.parts.find((p) => p.part === info.code);
    if (status?.need === 'notApplicable') continue;
    let forms = planned.filter((p) => p.part === info.code);
    // One of 申请书 or 受理登记表 fills the part: the application when the party applied, else the register.
    if (info.code === 'application' && forms.some((p) => p.code === 'application')) forms = forms.filter((p) => p.code === 'application');
    // A part the app does not generate as a whole (司法确认有关材料) takes a generated form only when the case
    // needs the part: the 司法确认申请书 is bound once a 司法确认 was applied for, not for every written agreement.
    if (!info.generated && status?.need !== 'required') forms = [];
    const generated = forms.map((p) => layoutOf(ctx, p));
    const held = attached.get(info.code)?.length ?? 0;
    if (hideScans) {
      if (generated.length > 0) parts.push({ part: info.code, label: info.label, docs: generated, scans: [] });
      else if (held > 0) parts.push({ part: info.code, label: info.label, docs: [hiddenScan(info.label)], scans: [] });
      continue;
    }
    const { scans, pages } = scansOf(call, attached.get(info.code) ?? [], info.label);
    const useScans = scans.length + pages.length > 0 && (info.signed || generated.length === 0);
    if (!useScans) {
      if (generated.length > 0) parts.push({ part: info.code, label: info.label, docs: generated, scans: [] });
      continue;
    }
    // Files that cannot be placed get a page of their own saying where the original is.
    if (scans.length > 0) parts.push({ part: info.code, label: info.label, docs: [], scans });
    if (pages.length > 0) parts.push({ part: info.code, label: info.label, docs: pages, scans: [] });
  }
  return {
    number: detail.dossier.number,
    title: detail.title,
    cover: formDocOf(ctx, 'cover'),
    parts,
    backCover: formDocOf(ctx, 'backCover'),
  };
}
