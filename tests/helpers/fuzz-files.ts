// Test helper: generated file inputs for the methods that carry bytes (attachment.add, xlsx.preview, xlsx.import).
import fc from 'fast-check';
import { codesOf } from '../../electron/shared/codes';
import { attachmentRoles } from '../../electron/shared/register-codes';
import { attachmentOwners } from '../../electron/shared/schemas/attachment';
import { xlsxEntities } from '../../electron/shared/schemas/xlsx';
import { edgeNumber, hostileText } from './fuzz-inputs';

/** Magic numbers of the kinds the app accepts or might be fooled by, so sniffing is exercised past the first byte. */
const prefixes = ['%PDF-1.7\n', '\x89PNG\r\n\x1a\n', '\xff\xd8\xff\xe0', 'PK\x03\x04', 'GIF89a', '<html>', 'MZ', ''].map((p) => Buffer.from(p, 'latin1'));

const bytes = fc.tuple(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 512 })).map(([head, tail]) => Buffer.concat([head, Buffer.from(tail)]));

/** A real workbook with bytes flipped, cut short, or spliced (the zip survives some of these, so the parser goes deeper). */
export function mutatedWorkbook(workbooks: readonly Buffer[]): fc.Arbitrary<Buffer> {
  return fc
    .tuple(fc.constantFrom(...workbooks), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.option(fc.nat()), fc.boolean())
    .map(([original, flips, cut, repeat]) => {
      const copy = Buffer.from(original);
      for (const [at, value] of flips) copy[at % copy.length] = value;
      const cutAt = cut === null ? copy.length : cut % copy.length;
      const body = copy.subarray(0, cutAt);
      return repeat ? Buffer.concat([body, body]) : body;
    });
}

export function attachmentAddInputs(): fc.Arbitrary<unknown> {
  return fc.record({
    ownerType: fc.oneof(fc.constantFrom(...codesOf(attachmentOwners)), hostileText),
    ownerId: edgeNumber,
    role: fc.oneof(fc.constantFrom(...codesOf(attachmentRoles)), hostileText),
    name: fc.oneof(hostileText, hostileText.map((t) => `${t}.pdf`), fc.constantFrom('../../etc/passwd', 'C:\\Windows\\x.png', 'a/b\\c.jpg', '.', '..')),
    dataBase64: bytes.map((b) => b.toString('base64')),
  });
}

export function xlsxInputs(workbooks: readonly Buffer[], withMode: boolean): fc.Arbitrary<unknown> {
  const data = fc.oneof(mutatedWorkbook(workbooks), bytes, fc.constantFrom(...workbooks)).map((b) => b.toString('base64'));
  const base = { entity: fc.constantFrom(...xlsxEntities), dataBase64: data };
  if (!withMode) return fc.record(base);
  return fc.record({ ...base, mode: fc.constantFrom('allOrNothing', 'validOnly'), updateExisting: fc.boolean() });
}
