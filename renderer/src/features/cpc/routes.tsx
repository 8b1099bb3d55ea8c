// Menu entries of Party work (党建): 党支部, 党员, 三会一课.
import { CalendarOutlined, FlagOutlined, IdcardOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shell/route-types';
import { BranchPage } from './branch-page';
import { MeetingPage } from './meeting-page';
import { MemberPage } from './member-page';

export const cpcRoutes: readonly AppRoute[] = [
  { path: 'cpc/branch', label: '党支部', icon: <FlagOutlined />, page: BranchPage, group: 'cpc' },
  { path: 'cpc/members', label: '党员', icon: <IdcardOutlined />, page: MemberPage, group: 'cpc' },
  { path: 'cpc/meetings', label: '三会一课', icon: <CalendarOutlined />, page: MeetingPage, group: 'cpc' },
];
