// Menu entry of 数据接收 (区司法局) (glossary navigation: after 数据上报).
import { InboxOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shell/route-types';
import { DistrictPage } from './district-page';

export const districtRoutes: readonly AppRoute[] = [{ path: 'district', label: '数据接收（区司法局）', icon: <InboxOutlined />, page: DistrictPage }];
