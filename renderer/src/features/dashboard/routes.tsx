// Menu entries of the dashboard pages.
import type { AppRoute } from '../../shell/route-types';

export const dashboardRoutes: readonly AppRoute[] = [];
