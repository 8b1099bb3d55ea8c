// Query and mutation hooks of 账户管理 (user.*) and 安全设置 (security.*).
import type { MethodInput } from '@shared/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { setIdleLockMinutes } from '../../auth/session';

export const userKeys = { list: ['user', 'list'] as const, security: ['security'] as const };

export function useUserList() {
  return useQuery({ queryKey: userKeys.list, queryFn: () => call('user.list', {}) });
}

function useUserMutation<M extends 'user.create' | 'user.update' | 'user.resetPassword' | 'user.unlock'>(method: M) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<M>) => call(method, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.list }),
  });
}

export const useCreateUser = () => useUserMutation('user.create');
export const useUpdateUser = () => useUserMutation('user.update');
export const useResetPassword = () => useUserMutation('user.resetPassword');
export const useUnlockUser = () => useUserMutation('user.unlock');

export function useSecurity() {
  return useQuery({ queryKey: userKeys.security, queryFn: () => call('security.get', {}) });
}

export function useSaveSecurity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'security.save'>) => call('security.save', input),
    onSuccess: (saved) => {
      queryClient.setQueryData(userKeys.security, saved);
      setIdleLockMinutes(saved.idleLockMinutes);
    },
  });
}
