// Menu entries of the cpc pages.
import type { AppRoute } from '../../shell/route-types';

export const cpcRoutes: readonly AppRoute[] = [];
