// Menu entry of 数据上报 (glossary navigation: after 统计报表).
import { CloudUploadOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shell/route-types';
import { PackagePage } from './package-page';

export const packageRoutes: readonly AppRoute[] = [{ path: 'upload', label: '数据上报', icon: <CloudUploadOutlined />, page: PackagePage }];
