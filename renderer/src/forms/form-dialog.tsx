// The modal around every record form: the discard guard on Esc / ×, and the loading and error states of a record opened for edit.
import type { UseQueryResult } from '@tanstack/react-query';
import { Modal, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { QueryError } from '../components/query-error';
import { useDiscardGuard } from './use-discard-guard';

/** What the dialog hands its form: `onDone` closes it (saved or 取消), `onChange` marks it as typed in. */
export interface DialogSlot {
  onDone: () => void;
  onChange: () => void;
}

/** A dialog for a new record, or for one loaded by id; `name` goes in the title 编辑…：name. */
export type RecordTarget<Create = object> = ({ mode: 'create' } & Create) | { mode: 'edit'; id: number; name: string };

/** The props every editor shares: whether it is open, which record, and what closing does. */
export interface EditorProps<T> {
  open: boolean;
  target: T;
  onClose: () => void;
}

interface Props {
  open: boolean;
  title: string;
  width: number;
  onClose: () => void;
  /** The form, given the dialog's close and dirty callbacks; mounted only while the dialog is open. */
  children: (slot: DialogSlot) => ReactNode;
}

export function FormDialog({ open, title, width, onClose, children }: Props) {
  const guard = useDiscardGuard(onClose);
  return (
    <Modal
      open={open}
      title={title}
      footer={null}
      width={width}
      onCancel={guard.requestClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {children({ onDone: guard.close, onChange: guard.markDirty })}
    </Modal>
  );
}

interface LoadedProps<T> {
  query: UseQueryResult<T>;
  /** The error panel's title, e.g. 调委会信息加载失败. */
  errorTitle: string;
  /** Lines of the skeleton shown while loading, about the form's height. */
  rows: number;
  children: (record: T) => ReactNode;
}

/** A record loaded for edit: a skeleton while it loads, the error with 重试 if it fails, else the form. */
export function LoadedRecord<T>({ query, errorTitle, rows, children }: LoadedProps<T>) {
  if (query.isPending) return <Skeleton active paragraph={{ rows }} />;
  if (query.isError) return <QueryError title={errorTitle} error={query.error} onRetry={() => void query.refetch()} />;
  return children(query.data);
}
