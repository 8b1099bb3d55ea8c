// <Can method="staff.create">…</Can>: shows its children only when the logged-in role may call the method.
import type { MethodName } from '@shared/contract';
import type { ReactNode } from 'react';
import { useCan } from './use-can';

export function Can({ method, children }: { method: MethodName; children: ReactNode }) {
  return useCan(method) ? children : null;
}
