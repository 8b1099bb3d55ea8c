// Menu entry of 账户管理 under 系统 (admin only: the menu checks user.list, see auth/route-access.ts).
import { UserSwitchOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shell/route-types';
import { UsersPage } from './users-page';

export const userRoutes: readonly AppRoute[] = [{ path: 'users', label: '账户管理', icon: <UserSwitchOutlined />, page: UsersPage, group: 'system' }];
