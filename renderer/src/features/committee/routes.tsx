// Menu entries of the committee pages.
import type { AppRoute } from '../../shell/route-types';

export const committeeRoutes: readonly AppRoute[] = [];
