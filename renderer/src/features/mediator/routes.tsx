// Menu entries of the mediator pages (人民调解 group): 调解员 and 培训.
import { ReadOutlined, SolutionOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shell/route-types';
import { MediatorPage } from './mediator-page';
import { TrainingRegisterPage } from './training-register-page';

export const mediatorRoutes: readonly AppRoute[] = [
  { path: 'mediators', label: '调解员', icon: <SolutionOutlined />, page: MediatorPage, group: 'mediation' },
  { path: 'mediator-trainings', label: '培训', icon: <ReadOutlined />, page: TrainingRegisterPage, group: 'mediation' },
];
