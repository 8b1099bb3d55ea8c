// A register's print button: a menu of 预览 PDF / 下载 PDF / 下载 Word / 打印 for one form or a few (grouped by form).
import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { actionLabels, useDocumentActions, type DocumentAction } from './use-document-actions';
import type { DocumentTarget } from './use-documents';

export interface PrintItem {
  key: string;
  /** The form's name, also the preview's title (共建活动记录). */
  title: string;
  target: DocumentTarget;
}

interface Props {
  label?: string;
  items: readonly PrintItem[];
  type?: 'default' | 'primary';
}

const order: DocumentAction[] = ['preview', 'pdf', 'docx', 'print'];
const menuLabel = (a: DocumentAction) => (a === 'preview' ? '预览 PDF' : actionLabels[a]);

export function PrintMenu({ label = '打印记录', items, type = 'default' }: Props) {
  const actions = useDocumentActions();
  const single = items.length === 1;
  const entries = (item: PrintItem) => order.map((a) => ({ key: `${item.key}|${a}`, label: menuLabel(a) }));
  const menu: MenuProps = {
    items: single ? entries(items[0]!) : items.map((item) => ({ type: 'group' as const, key: item.key, label: item.title, children: entries(item) })),
    onClick: ({ key }) => {
      const [itemKey, action] = key.split('|') as [string, DocumentAction];
      const item = items.find((i) => i.key === itemKey);
      if (item) actions.run(item.key, action, item.title, item.target);
    },
  };
  return (
    <>
      <Dropdown menu={menu} trigger={['click']}>
        <Button type={type} icon={<PrinterOutlined />} loading={actions.busy !== null}>
          {label} <DownOutlined />
        </Button>
      </Dropdown>
      {actions.modal}
    </>
  );
}
