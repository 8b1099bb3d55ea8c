// Name lookups for import columns that name another record: the committee (调委会) and the Party branch (党支部).
import { eq } from 'drizzle-orm';
import { committee, cpcBranch } from '../../../../drizzle/schema';
import { byName } from '../convert';

export const committeeByName = byName('调解委员会', (call, name) =>
  call.db.select({ id: committee.id }).from(committee).where(eq(committee.name, name)).all(),
);

export const branchByName = byName('党支部', (call, name) =>
  call.db.select({ id: cpcBranch.id }).from(cpcBranch).where(eq(cpcBranch.name, name)).all(),
);
