// `?open=<id>` in the hash: the record a page should show on arrival; closing it drops the parameter.
import { useCallback, useState } from 'react';
import { navigate, useHashParam } from './use-hash-route';

function idOf(param: string | null): number | null {
  const id = Number(param);
  return param !== null && Number.isInteger(id) && id > 0 ? id : null;
}

export function useOpenRecord(path: string): [number | null, (id: number | null) => void] {
  const param = useHashParam('open');
  const [seen, setSeen] = useState(param);
  const [openId, setOpenId] = useState(() => idOf(param));
  // A new link while the page is shown (e.g. from the 工作台): adjust during render, React's pattern for derived state.
  if (param !== seen) {
    setSeen(param);
    if (idOf(param) !== null) setOpenId(idOf(param));
  }
  const set = useCallback(
    (id: number | null) => {
      setOpenId(id);
      if (id === null && param !== null) navigate(path, true);
    },
    [param, path],
  );
  return [openId, set];
}

/**
 * The same for a drawer: `id` stays the last record shown while `open` turns false, so the drawer keeps its content
 * through the closing animation.
 */
export function useOpenDetail(path: string) {
  const [openId, setOpenId] = useOpenRecord(path);
  const [lastId, setLastId] = useState(openId);
  if (openId !== null && openId !== lastId) setLastId(openId);
  const show = useCallback((id: number) => setOpenId(id), [setOpenId]);
  const close = useCallback(() => setOpenId(null), [setOpenId]);
  return { id: openId ?? lastId, open: openId !== null, show, close };
}
