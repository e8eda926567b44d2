import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CaseParams,
  CompareVersionsQuery,
  ContactStatus,
  CreateNetworkMapRequest,
  MapComparison,
  MapSaveConflict,
  MapVersion,
  MapVersionList,
  MapVersionParams,
  NetworkConsent,
  NetworkConsentParams,
  NetworkMapDetail,
  NetworkMapList,
  NetworkMapParams,
  NetworkPersonParams,
  RecordConsentRequest,
  SaveNetworkMapRequest,
  WithdrawConsentRequest,
} from '@inddrag/contracts';

const tags = ['network-maps'];

/** Network maps (parts 1 and 2), their versions, and consent to contact the persons on them. */
export const networkMapRoutes: FastifyPluginAsyncZod = async (app) => {
  const { networkMaps, consents } = app.services;

  app.get(
    '/cases/:caseId/network-maps',
    {
      config: { access: 'networkMap.read' },
      schema: { tags, summary: "The case's network maps, one per perspective", params: CaseParams, response: { 200: NetworkMapList } },
    },
    async (request) => networkMaps.list(request.context(), request.params.caseId),
  );

  app.post(
    '/cases/:caseId/network-maps',
    {
      config: { access: 'networkMap.edit' },
      schema: {
        tags,
        summary: 'Start a map (version 1), empty or from another map of the case',
        params: CaseParams,
        body: CreateNetworkMapRequest,
        response: { 201: NetworkMapDetail },
      },
    },
    async (request, reply) => reply.code(201).send(await networkMaps.create(request.context(), request.params.caseId, request.body)),
  );

  app.get(
    '/cases/:caseId/network-maps/:mapId',
    {
      config: { access: 'networkMap.read' },
      schema: { tags, summary: 'A map: persons, places, lines, part 2, consents and who may be contacted', params: NetworkMapParams, response: { 200: NetworkMapDetail } },
    },
    async (request) => networkMaps.get(request.context(), request.params.caseId, request.params.mapId),
  );

  app.put(
    '/cases/:caseId/network-maps/:mapId',
    {
      config: { access: 'networkMap.edit' },
      schema: {
        tags,
        summary: 'Save the map as its next version (409 with what changed meanwhile when baseVersion is stale)',
        params: NetworkMapParams,
        body: SaveNetworkMapRequest,
        response: { 200: NetworkMapDetail, 409: MapSaveConflict },
      },
    },
    async (request) => networkMaps.save(request.context(), request.params.caseId, request.params.mapId, request.body),
  );

  app.get(
    '/cases/:caseId/network-maps/:mapId/versions',
    {
      config: { access: 'networkMap.read' },
      schema: { tags, summary: "The map's versions, newest first", params: NetworkMapParams, response: { 200: MapVersionList } },
    },
    async (request) => networkMaps.versions(request.context(), request.params.caseId, request.params.mapId),
  );

  app.get(
    '/cases/:caseId/network-maps/:mapId/versions/:number',
    {
      config: { access: 'networkMap.read' },
      schema: { tags, summary: 'One version of the map as it was saved', params: MapVersionParams, response: { 200: MapVersion } },
    },
    async (request) => networkMaps.version(request.context(), request.params.caseId, request.params.mapId, request.params.number),
  );

  app.get(
    '/cases/:caseId/network-maps/:mapId/compare',
    {
      config: { access: 'networkMap.read' },
      schema: {
        tags,
        summary: 'Two versions and what changed between them',
        params: NetworkMapParams,
        querystring: CompareVersionsQuery,
        response: { 200: MapComparison },
      },
    },
    async (request) =>
      networkMaps.compare(request.context(), request.params.caseId, request.params.mapId, request.query.from, request.query.to),
  );

  app.post(
    '/cases/:caseId/network-persons/:personId/consents',
    {
      config: { access: 'networkMap.manageConsent' },
      schema: { tags, summary: 'Record consent to contact a network person', params: NetworkPersonParams, body: RecordConsentRequest, response: { 201: NetworkConsent } },
    },
    async (request, reply) =>
      reply.code(201).send(await consents.record(request.context(), request.params.caseId, request.params.personId, request.body)),
  );

  app.post(
    '/cases/:caseId/network-persons/:personId/consents/:consentId/withdraw',
    {
      config: { access: 'networkMap.manageConsent' },
      schema: { tags, summary: 'Withdraw a consent (it stays on record)', params: NetworkConsentParams, body: WithdrawConsentRequest, response: { 200: NetworkConsent } },
    },
    async (request) =>
      consents.withdraw(request.context(), request.params.caseId, request.params.personId, request.params.consentId, request.body),
  );

  app.get(
    '/cases/:caseId/network-persons/:personId/contact-status',
    {
      config: { access: 'networkMap.read' },
      schema: { tags, summary: 'Whether the person may be contacted or invited, and why not', params: NetworkPersonParams, response: { 200: ContactStatus } },
    },
    async (request) => consents.contactStatus(request.context(), request.params.caseId, request.params.personId),
  );
};

