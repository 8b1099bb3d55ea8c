// Menu entries of the committee pages (人民调解 group): 调委会, and 企业 which the menu lists after 调解员 and 培训.
import { ApartmentOutlined, ShopOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shell/route-types';
import { CommitteePage } from './committee-page';
import { EnterprisePage } from './enterprise-page';

export const committeeRoutes: readonly AppRoute[] = [
  { path: 'committees', label: '调委会', icon: <ApartmentOutlined />, page: CommitteePage, group: 'mediation' },
];

export const enterpriseRoutes: readonly AppRoute[] = [
  { path: 'enterprises', label: '企业', icon: <ShopOutlined />, page: EnterprisePage, group: 'mediation' },
];
