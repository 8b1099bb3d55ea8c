// Contract methods of accounts: first-run setup, login, idle unlock, recovery, own password, users (admin) and security settings.
import { z } from 'zod';
import { byId, mutation, noInput, query } from '../contract-spec';
import {
  authStatus,
  changePasswordInput,
  loginInput,
  okOutput,
  recoverInput,
  recoveryCodeOutput,
  securitySettings,
  sessionUser,
  setupInput,
  setupOutput,
  unlockInput,
  user,
  userCreateInput,
  userResetPasswordInput,
  userUpdateInput,
} from '../schemas/auth';

export const authContract = {
  'auth.status': query(noInput, authStatus),
  'auth.setup': mutation(setupInput, setupOutput),
  'auth.login': mutation(loginInput, sessionUser),
  'auth.unlock': mutation(unlockInput, sessionUser),
  'auth.logout': mutation(noInput, okOutput),
  /** Locks this session now (the idle timer or the 锁定 button); the same user unlocks with the password. */
  'auth.lock': mutation(noInput, okOutput),
  'auth.recover': mutation(recoverInput, z.object({ user: sessionUser, recoveryCode: z.string() })),
  'auth.changePassword': mutation(changePasswordInput, okOutput),
  'auth.newRecoveryCode': mutation(z.object({ password: z.string('请填写密码').min(1, '请填写密码').max(128, '密码过长') }), recoveryCodeOutput),
  'user.list': query(noInput, z.object({ items: z.array(user) })),
  'user.create': mutation(userCreateInput, user),
  'user.update': mutation(userUpdateInput, user),
  'user.resetPassword': mutation(userResetPasswordInput, user),
  'user.unlock': mutation(byId, user),
  'security.get': query(noInput, securitySettings),
  'security.save': mutation(securitySettings, securitySettings),
} as const;
