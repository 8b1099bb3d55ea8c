// Menu entries of the joint-activity pages.
import type { AppRoute } from '../../shell/route-types';

export const jointActivityRoutes: readonly AppRoute[] = [];
