/**
 * The SQL of "Mine sager" (see my-cases.ts for why it is written by hand): one statement for one
 * page, its rows, and the keyset condition for the pages after the first.
 */
import type { MyCase } from '@inddrag/contracts';
import { Prisma, type Case, type UnitKind } from '@inddrag/db';
import type { Actor } from '../../lib/context';
import { toIsoDate } from '../../lib/dates';
import type { DeadlineFactsRow } from '../deadlines/case-deadlines';
import { NEXT_MEETING_STATUSES, nextMeetingSince } from '../meetings/next-meetings';
import type { SortKey } from './keyset';

type CaseColumns = Pick<
  Case,
  | 'id'
  | 'caseNumber'
  | 'childFirstName'
  | 'childLastName'
  | 'childCpr'
  | 'childDateOfBirth'
  | 'phase'
  | 'phaseChangedAt'
  | 'awareOn'
  | 'honourConflictSuspected'
  | 'nextDeadlineOn'
  | 'nextDeadlineKind'
  | 'openedAt'
  | 'closedAt'
  | 'version'
  | 'responsibleUnitId'
  | 'responsibleCaseworkerId'
>;

/** A row as the statement returns it: the case's columns, flat, with the joined names beside them. */
export interface MyCaseRow extends CaseColumns, DeadlineFactsRow {
  unitName: string;
  unitKind: UnitKind;
  caseworkerName: string | null;
  caseRole: MyCase['caseRole'];
  meetingId: string | null;
  meetingType: NonNullable<MyCase['nextMeeting']>['type'] | null;
  meetingStartsAt: Date | null;
}

/** After `key` in the order "next deadline (nulls last), case number, id": the keyset condition. */
function afterKeySql(key: SortKey | null): Prisma.Sql {
  if (!key) return Prisma.empty;
  const sameDeadlineAfter = Prisma.sql`(c."caseNumber", c.id) > (${key.caseNumber}, ${key.id}::uuid)`;
  if (key.nextDeadlineOn === null) return Prisma.sql`AND c."nextDeadlineOn" IS NULL AND ${sameDeadlineAfter}`;
  const due = toIsoDate(key.nextDeadlineOn);
  return Prisma.sql`AND (c."nextDeadlineOn" > ${due}::date OR c."nextDeadlineOn" IS NULL
    OR (c."nextDeadlineOn" = ${due}::date AND ${sameDeadlineAfter}))`;
}

/** The statement for one page; exported for the benchmark's query plans. */
export function myCasesSql(
  actor: Pick<Actor, 'userId' | 'municipalityId'>,
  now: Date,
  key: SortKey | null,
  limit: number,
): Prisma.Sql {
  const statuses = Prisma.join(NEXT_MEETING_STATUSES.map((status) => Prisma.sql`${status}::"MeetingStatus"`));
  return Prisma.sql`
    WITH mine AS MATERIALIZED (
      SELECT "caseId", role::text AS "caseRole" FROM "CaseTeamMember"
      WHERE "userId" = (SELECT ${actor.userId}::uuid) AND "removedAt" IS NULL
    ), page AS (
      SELECT c.id, c."caseNumber", c."childFirstName", c."childLastName", c."childCpr", c."childDateOfBirth",
        c.phase::text AS phase, c."phaseChangedAt", c."awareOn", c."honourConflictSuspected", c."nextDeadlineOn",
        c."nextDeadlineKind"::text AS "nextDeadlineKind", c."openedAt", c."closedAt", c.version,
        c."responsibleUnitId", c."responsibleCaseworkerId", c."assessmentStartedOn", c."assessmentCompletedOn",
        c."firstDecisionOn", c."placementWithoutConsentOn", c."planAdoptedOn", c."measureStartedOn",
        c."firstFollowUpOn", c."nextFollowUpOn", c."policeDocumentationOn", c."networkCouncilHeldOn", mine."caseRole"
      FROM mine JOIN "Case" c ON c.id = mine."caseId"
      WHERE c."municipalityId" = (SELECT ${actor.municipalityId}::uuid) AND c.phase <> 'AFSLUTTET' ${afterKeySql(key)}
      ORDER BY c."nextDeadlineOn" ASC NULLS LAST, c."caseNumber" ASC, c.id ASC
      LIMIT ${limit + 1}
    )
    SELECT page.*, u.name AS "unitName", u.kind::text AS "unitKind", w.name AS "caseworkerName",
      m.id AS "meetingId", m.type::text AS "meetingType", m."startsAt" AS "meetingStartsAt"
    FROM page
    JOIN "Unit" u ON u.id = page."responsibleUnitId"
    LEFT JOIN "User" w ON w.id = page."responsibleCaseworkerId"
    LEFT JOIN LATERAL (
      SELECT id, type, "startsAt" FROM "Meeting"
      WHERE "caseId" = page.id AND status IN (${statuses}) AND "startsAt" >= ${nextMeetingSince(now)}
      ORDER BY "startsAt" ASC, id ASC LIMIT 1
    ) m ON true
    ORDER BY page."nextDeadlineOn" ASC NULLS LAST, page."caseNumber" ASC, page.id ASC`;
}
