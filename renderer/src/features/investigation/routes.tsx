// Menu entries of the investigation pages: 矛盾纠纷排查 (rounds) and 重大矛盾纠纷.
import { AlertOutlined, FileSearchOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shell/route-types';
import { InvestigationPage, INVESTIGATIONS_PATH } from './investigation-page';
import { MajorDisputesPage } from './major-disputes-page';

export const investigationRoutes: readonly AppRoute[] = [
  { path: INVESTIGATIONS_PATH, label: '排查记录', icon: <FileSearchOutlined />, page: InvestigationPage, group: 'investigation' },
  { path: 'major-disputes', label: '重大矛盾纠纷', icon: <AlertOutlined />, page: MajorDisputesPage, group: 'investigation' },
];
