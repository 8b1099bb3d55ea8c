// Menu entries of the mediator pages.
import type { AppRoute } from '../../shell/route-types';

export const mediatorRoutes: readonly AppRoute[] = [];
