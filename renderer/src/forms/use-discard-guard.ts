// Closing a form dialog by Esc or × asks first when something was typed, so a stray key loses nothing.
import { App } from 'antd';
import { useCallback, useRef } from 'react';

export function useDiscardGuard(onClose: () => void) {
  const { modal } = App.useApp();
  const dirty = useRef(false);

  const markDirty = useCallback(() => {
    dirty.current = true;
  }, []);

  const close = useCallback(() => {
    dirty.current = false;
    onClose();
  }, [onClose]);

  const requestClose = useCallback(() => {
    if (!dirty.current) {
      close();
      return;
    }
    // Back to where the clerk was typing when they choose to go on, so the keyboard keeps working.
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    modal.confirm({
      title: '放弃未保存的内容？',
      content: '表单中填写的内容还没有保存，关闭后将会丢失。',
      okText: '放弃并关闭',
      cancelText: '继续填写',
      okButtonProps: { danger: true },
      onOk: close,
      afterClose: () => previous?.focus(),
    });
  }, [close, modal]);

  return { markDirty, close, requestClose };
}
