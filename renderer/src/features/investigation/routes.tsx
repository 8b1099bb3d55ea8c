// Menu entries of the investigation pages.
import type { AppRoute } from '../../shell/route-types';

export const investigationRoutes: readonly AppRoute[] = [];
