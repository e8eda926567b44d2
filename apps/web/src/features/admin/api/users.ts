import {
  UnitListResponse,
  UserListResponse,
  UserSummary,
  type CreateUserRequest,
  type ResetPasswordRequest,
  type SetUserActiveRequest,
  type UpdateUserRequest,
} from '@inddrag/contracts';
import { apiRequest } from '../../../api/client';

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

export function fetchUsers(signal?: AbortSignal): Promise<UserListResponse> {
  return apiRequest('/users', UserListResponse, withSignal(signal));
}

export function fetchUnits(signal?: AbortSignal): Promise<UnitListResponse> {
  return apiRequest('/units', UnitListResponse, withSignal(signal));
}

export function createUser(body: CreateUserRequest): Promise<UserSummary> {
  return apiRequest('/users', UserSummary, { method: 'POST', body });
}

export function updateUser(userId: string, body: UpdateUserRequest): Promise<UserSummary> {
  return apiRequest(`/users/${encodeURIComponent(userId)}`, UserSummary, { method: 'PUT', body });
}

export function setUserActive(userId: string, body: SetUserActiveRequest): Promise<UserSummary> {
  return apiRequest(`/users/${encodeURIComponent(userId)}/active`, UserSummary, { method: 'POST', body });
}

export function resetUserPassword(userId: string, body: ResetPasswordRequest): Promise<UserSummary> {
  return apiRequest(`/users/${encodeURIComponent(userId)}/password`, UserSummary, { method: 'POST', body });
}
