// Hash routing (#/office, #/staff): the current path, kept in sync with back/forward via hashchange.
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentPath(): string {
  return window.location.hash.replace(/^#\/?/, '').split('?')[0] ?? '';
}

export function useHashPath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

export function hrefOf(path: string): string {
  return `#/${path}`;
}

/** Goes to `path`; `replace` keeps the current entry out of the history (for redirects). */
export function navigate(path: string, replace = false): void {
  if (replace) window.location.replace(hrefOf(path));
  else window.location.hash = hrefOf(path);
}

function currentQuery(): string {
  return window.location.hash.split('?')[1] ?? '';
}

/**
 * One parameter of the hash's query (#/committees?open=12 → useHashParam('open') = '12'), or null.
 * Pages open the record named by `open`, so that the 工作台 and other pages can link straight to it.
 */
export function useHashParam(name: string): string | null {
  const query = useSyncExternalStore(subscribe, currentQuery);
  return new URLSearchParams(query).get(name);
}

/** The href of a page that opens one record: hrefTo('committees', 12) → '#/committees?open=12'. */
export function hrefTo(path: string, id: number): string {
  return `${hrefOf(path)}?open=${id}`;
}
