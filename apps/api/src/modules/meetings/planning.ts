import type { InvitationLetter } from '@inddrag/contracts';
import type { RequestContext } from '../../lib/context';
import { renderPdf } from '../../lib/pdf/render';
import { recordAudit } from '../audit/service';
import { invitationDocument, invitationFileName } from './invitation-document';
import { invitationLetterOf } from './invitation-letter';
import { createParticipantWrites } from './planning-participants';
import { createPlanWrites } from './planning-plan';
import type { MeetingCore } from './service';

/** Planning after planning: changing the plan, participants and invitations, invitation letters, preparation, cancelling. */
export function createMeetingPlanning(core: MeetingCore) {
  const { prisma } = core;

  async function letter(ctx: RequestContext, meetingId: string, participantId: string, format: 'json' | 'pdf') {
    const { caseId, ...found } = await invitationLetterOf(prisma, meetingId, participantId);
    await recordAudit(prisma, ctx, {
      action: 'READ',
      entityType: 'InvitationLetter',
      entityId: participantId,
      caseId,
      details: { meetingId, format },
    });
    return found;
  }

  return {
    ...createPlanWrites(core),
    ...createParticipantWrites(core),

    async invitationLetter(ctx: RequestContext, meetingId: string, participantId: string): Promise<InvitationLetter> {
      return letter(ctx, meetingId, participantId, 'json');
    },

    /** The same letter as a PDF on A4, for printing or sending by e-mail. */
    async invitationPdf(
      ctx: RequestContext,
      meetingId: string,
      participantId: string,
    ): Promise<{ fileName: string; content: Buffer }> {
      const found = await letter(ctx, meetingId, participantId, 'pdf');
      return { fileName: invitationFileName(found), content: await renderPdf(invitationDocument(found)) };
    },
  };
}
