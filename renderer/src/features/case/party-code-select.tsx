// A party's code-list Select (性别, 民族) whose clear × stays out of the Tab order: Tab goes from field to field.
import type { CodeItem } from '@shared/codes';
import type { SelectProps } from 'antd';
import { useCallback } from 'react';
import { CodeSelect } from '../../forms/field-inputs';

/**
 * The Select renders its clear × as a <button> only while there is a value, and takes no tabIndex for it; the
 * wrapper takes every such button out of the Tab order as it appears. The mouse still clears the value.
 */
export function PartyCodeSelect(props: SelectProps & { list: readonly CodeItem[] }) {
  const wrap = useCallback((root: HTMLSpanElement | null) => {
    if (!root) return;
    const skip = () => root.querySelectorAll('button').forEach((button) => (button.tabIndex = -1));
    skip();
    const watch = new MutationObserver(skip);
    watch.observe(root, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, []);
  return (
    <span ref={wrap} style={{ display: 'block' }}>
      <CodeSelect {...props} />
    </span>
  );
}
