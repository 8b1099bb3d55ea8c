// District side (区司法局): verify and import upload packages, registered office keys, district statistics.
import { desc, eq } from 'drizzle-orm';
import { districtOffice, districtPackage, type DistrictOfficeRow } from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import { importPackage, registeredKey } from '../district/import';
import { districtReport } from '../district/report';
import { fingerprintOf } from '../district/signature';
import { verifyPackage } from '../district/verify';
import { asyncHandler, type HandlerGroup } from './context';

const officeOut = (row: DistrictOfficeRow) => ({
  code: row.code,
  name: row.name,
  fingerprint: row.fingerprint,
  publicKey: row.publicKey,
  registeredAt: row.registeredAt,
  updatedAt: row.updatedAt,
});

export const districtHandlers: HandlerGroup<
  'district.verify' | 'district.import' | 'district.packages' | 'district.offices' | 'district.saveOffice' | 'district.removeOffice' | 'district.report'
> = {
  // Verified in memory outside any transaction; only the key lookup reads the database.
  'district.verify': asyncHandler(async (input, call) => {
    const source = Buffer.from(input.dataBase64, 'base64');
    const { result } = await verifyPackage(source, (code) => call.read((c) => registeredKey(c.db, code)), input.fileName);
    return result;
  }),

  'district.import': asyncHandler(async (input, call) => importPackage(call, Buffer.from(input.dataBase64, 'base64'), input.fileName)),

  'district.packages': (_input, { db }) => ({
    items: db
      .select()
      .from(districtPackage)
      .orderBy(desc(districtPackage.importedAt), desc(districtPackage.id))
      .all()
      .map((p) => ({
        id: p.id,
        officeCode: p.officeCode,
        officeName: p.officeName,
        period: p.period,
        fileName: p.fileName,
        sha256: p.sha256,
        formatVersion: p.formatVersion,
        exportedAt: p.exportedAt,
        importedAt: p.importedAt,
        replacedAt: p.replacedAt,
        counts: p.counts,
      })),
  }),

  'district.offices': (_input, { db }) => ({ items: db.select().from(districtOffice).orderBy(districtOffice.code).all().map(officeOut) }),

  'district.saveOffice': (input, call) => {
    const before = call.db.select().from(districtOffice).where(eq(districtOffice.code, input.code)).get() ?? null;
    const fingerprint = fingerprintOf(Buffer.from(input.publicKey, 'base64'));
    const values = { name: input.name, publicKey: input.publicKey, fingerprint, updatedAt: call.now };
    const row = call.db
      .insert(districtOffice)
      .values({ code: input.code, registeredAt: call.now, ...values })
      .onConflictDoUpdate({ target: districtOffice.code, set: values })
      .returning()
      .get();
    call.audit({ entity: 'districtOffice', entityId: row.code, before: before && officeOut(before), after: officeOut(row) });
    return officeOut(row);
  },

  'district.removeOffice': (input, call) => {
    const before = call.db.select().from(districtOffice).where(eq(districtOffice.code, input.code)).get();
    if (!before) throw new AppError('NOT_FOUND', `未登记机构代码为 ${input.code} 的司法所`, 'code');
    call.db.delete(districtOffice).where(eq(districtOffice.code, input.code)).run();
    call.audit({ entity: 'districtOffice', entityId: input.code, before: officeOut(before), after: null });
    return { code: input.code };
  },

  'district.report': (input, call) => districtReport(call.db, input.period, call.now),
};
