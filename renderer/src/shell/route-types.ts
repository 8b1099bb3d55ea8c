// What a page declares to appear in the menu: its hash path, label, icon and menu group.
import type { ComponentType, ReactNode } from 'react';

/** Menu groups (glossary navigation): 党建, 人民调解, 矛盾纠纷排查, 调解案件与卷宗, 共建活动, 系统. */
export type MenuGroup = 'cpc' | 'mediation' | 'investigation' | 'case' | 'joint' | 'system';

export interface AppRoute {
  path: string;
  label: string;
  icon?: ReactNode;
  page: ComponentType;
  group?: MenuGroup;
  /** A page reached only by links (e.g. one case's page), not listed in the menu. */
  hidden?: boolean;
}
