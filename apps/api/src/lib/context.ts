import type { UnitKind, UserRole } from '@inddrag/contracts';

/** The logged-in person a request acts for. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  role: UserRole;
  unitId: string | null;
  unitKind: UnitKind | null;
  unitName: string | null;
  municipalityId: string;
  municipalityName: string;
}

/** What the service layer needs to know about the request it serves: who, when, and for the audit log. */
export interface RequestContext {
  actor: Actor;
  requestId: string;
  clientIp: string;
  now: Date;
}

/** For the few calls made before anyone is logged in (login itself). */
export interface AnonymousContext {
  actor: null;
  requestId: string;
  clientIp: string;
  now: Date;
}
