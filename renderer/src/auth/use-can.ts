// `useCan(method)`: may the logged-in user call this method? The same table the core enforces (electron/shared/access.ts).
import type { MethodName } from '@shared/contract';
import { roleMay, seesSensitive } from '@shared/access';
import { useRole } from './session';

export function useCan(method: MethodName): boolean {
  const role = useRole();
  return role !== null && roleMay(role, method);
}

/** May the logged-in user see full ID numbers and phones (and so search by them)? */
export function useSeesSensitive(): boolean {
  const role = useRole();
  return role !== null && seesSensitive(role);
}
