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
