// Menu entries of the joint-building pages (共建活动): 庭所共建, 所所共建 and their partner units.
import { BankOutlined, SafetyOutlined, SolutionOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shell/route-types';
import { ActivityPage } from './activity-page';
import { PartnerPage } from './partner-page';

function CourtActivityPage() {
  return <ActivityPage partnerKind="court" />;
}

function PoliceActivityPage() {
  return <ActivityPage partnerKind="policeStation" />;
}

export const jointActivityRoutes: readonly AppRoute[] = [
  { path: 'joint/court', label: '庭所共建', icon: <BankOutlined />, page: CourtActivityPage, group: 'joint' },
  { path: 'joint/police', label: '所所共建', icon: <SafetyOutlined />, page: PoliceActivityPage, group: 'joint' },
  { path: 'joint/partners', label: '共建单位', icon: <SolutionOutlined />, page: PartnerPage, group: 'joint' },
];
