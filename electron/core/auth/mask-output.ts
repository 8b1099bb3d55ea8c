// Who sees which personal data in a method's JSON output: the masking policy by role, and the reveals it audits.
//
// - A viewer without `seesSensitive` (readonly): every output of every method is masked.
// - A viewer with it (admin, staff): queries are masked (lists, month views, duplicates, reminders, the audit list,
//   anything that shows many records) EXCEPT detail queries (`*.get`); mutation outputs are not masked (the viewer
//   just typed them). A `*.get` that returns any unmasked sensitive value is a reveal: `revealed` lists those paths,
//   and the dispatcher audits them (entity 'reveal').
// - Exports and prints (xlsx.export, document.*, report.*) return file bytes: their loaders mask for readonly
//   viewers (electron/core/xlsx, electron/core/documents), since bytes cannot be masked here.
// - Organisation phones are not personal and stay visible to everyone: the office's phone (office.get/save) and a
//   committee's own phone (committee.get/list/create/update, at the record's top level; its members' phones are
//   masked). Enterprise and partner-unit phones belong to their named 联系人 and are masked. In audit rows every
//   `phone` is masked (before/after do not say whose it is).
import { contract, type MethodName } from '../../shared/contract';
import { maskDeep } from '../../shared/mask';
import type { Viewer } from '../services/context';

const TOP = /^phone$/;
const LIST_ITEM = /^items\[\d+\]\.phone$/;

/** Paths of organisation phones in this method's output. */
const orgPhones: Partial<Record<MethodName, RegExp>> = {
  'office.get': TOP,
  'office.save': TOP,
  'committee.get': TOP,
  'committee.create': TOP,
  'committee.update': TOP,
  'committee.list': LIST_ITEM,
};

/** The keep-test of maskDeep for this method: organisation phones stay. */
export function organisationPhones(method: MethodName): ((path: string) => boolean) | undefined {
  const pattern = orgPhones[method];
  return pattern === undefined ? undefined : (path) => pattern.test(path);
}

/** A detail view: the one place a permitted viewer sees full values (each reveal audited). */
export function isDetailQuery(method: MethodName): boolean {
  return !contract[method].mutates && method.endsWith('.get');
}

/** The output as this viewer may see it, and the paths of sensitive values it reveals unmasked. */
export function maskForViewer(method: MethodName, output: unknown, viewer: Viewer): { value: unknown; revealed: string[] } {
  const options = { keep: organisationPhones(method) };
  if (viewer.seesSensitive) {
    if (contract[method].mutates) return { value: output, revealed: [] };
    if (isDetailQuery(method)) return { value: output, revealed: maskDeep(output, undefined, options).paths };
  }
  const masked = maskDeep(output, undefined, options);
  return { value: masked.paths.length === 0 ? output : masked.value, revealed: [] };
}
