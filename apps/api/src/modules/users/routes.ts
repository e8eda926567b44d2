import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateUserRequest,
  DirectoryResponse,
  ResetPasswordRequest,
  SetUserActiveRequest,
  UnitListResponse,
  UpdateUserRequest,
  UserListResponse,
  UserParams,
  UserSummary,
} from '@inddrag/contracts';

const tags = ['users'];

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const { users } = app.services;

  app.get(
    '/users',
    {
      config: { access: 'user.manage' },
      schema: { tags, summary: "All of the municipality's users", response: { 200: UserListResponse } },
    },
    async (request) => ({ items: await users.list(request.context()) }),
  );
  app.get(
    '/users/directory',
    {
      config: { access: 'user.directory' },
      schema: { tags, summary: 'Active colleagues, for choosing a case team', response: { 200: DirectoryResponse } },
    },
    async (request) => ({ items: await users.directory(request.context()) }),
  );
  app.post(
    '/users',
    {
      config: { access: 'user.manage' },
      schema: { tags, summary: 'Create a user', body: CreateUserRequest, response: { 201: UserSummary } },
    },
    async (request, reply) => reply.code(201).send(await users.create(request.context(), request.body)),
  );
  app.put(
    '/users/:userId',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        summary: "Change a user's name, role and unit",
        params: UserParams,
        body: UpdateUserRequest,
        response: { 200: UserSummary },
      },
    },
    async (request) => users.update(request.context(), request.params.userId, request.body),
  );
  app.post(
    '/users/:userId/active',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        summary: 'Activate or deactivate a user (ends their sessions)',
        params: UserParams,
        body: SetUserActiveRequest,
        response: { 200: UserSummary },
      },
    },
    async (request) =>
      users.setActive(request.context(), request.params.userId, request.body.active, request.body.version),
  );
  app.post(
    '/users/:userId/password',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        summary: "Reset a user's password",
        params: UserParams,
        body: ResetPasswordRequest,
        response: { 200: UserSummary },
      },
    },
    async (request) =>
      users.resetPassword(request.context(), request.params.userId, request.body.password, request.body.version),
  );
  app.get(
    '/units',
    {
      config: { access: 'unit.list' },
      schema: { tags: ['units'], summary: "The municipality's units", response: { 200: UnitListResponse } },
    },
    async (request) => ({ items: await users.units(request.context()) }),
  );
};
