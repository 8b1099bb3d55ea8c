// Which menu pages a role may open: each page's main method, checked with the role table. Pure, tested in Node.

/** A page's main method by its route path; pages not listed are open to every logged-in user. */
export const routeMethods: Readonly<Record<string, string>> = {
  dashboard: 'reminder.summary',
  'system/audit': 'audit.list',
  upload: 'package.preflight',
  district: 'district.packages',
  users: 'user.list',
  backup: 'backup.list',
};

/** The routes whose main method `may` allows (the menu and the router show only these). */
export function allowedRoutes<R extends { path: string }>(routes: readonly R[], may: (method: string) => boolean): R[] {
  return routes.filter((route) => {
    const method = routeMethods[route.path];
    return method === undefined || may(method);
  });
}
