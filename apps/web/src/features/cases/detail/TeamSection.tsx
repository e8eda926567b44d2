import type { CaseDetail, CaseTeamMember } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { AddTeamMemberForm } from './AddTeamMemberForm';
import { ConflictAlert } from './ConflictAlert';
import { isConflict } from './conflict';
import { RemoveMemberDialog } from './RemoveMemberDialog';
import { TeamTable } from './TeamTable';
import { useRemoveTeamMember } from './useTeam';

interface TeamSectionProps {
  detail: CaseDetail;
  currentUserId: string;
  canManage: boolean;
}

/** The case team; those who may (responsible caseworker, unit leader) add and remove people. */
export function TeamSection({ detail, currentUserId, canManage }: TeamSectionProps) {
  const { t } = useTranslation('cases');
  const headingId = useId();
  const remove = useRemoveTeamMember(detail.id);
  const [toRemove, setToRemove] = useState<CaseTeamMember | null>(null);
  const [status, setStatus] = useState('');

  const confirmRemove = (member: CaseTeamMember) => {
    setToRemove(null);
    setStatus('');
    remove.mutate(member, { onSuccess: () => setStatus(t('team.removed', { name: member.user.name })) });
  };

  return (
    <section className="case-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('team.heading')}</h2>
      <StatusMessage busy={remove.isPending}>{remove.isPending ? t('team.removing') : status}</StatusMessage>
      {remove.isError &&
        (isConflict(remove.error) ? (
          <ConflictAlert
            caseId={detail.id}
            onReloaded={() => remove.reset()}
            heading={t('team.errors.heading')}
            message={t('team.errors.conflict')}
          />
        ) : (
          <ErrorBanner error={remove.error} heading={t('team.errors.heading')} />
        ))}
      <TeamTable
        team={detail.team}
        currentUserId={currentUserId}
        onRemove={canManage ? (member) => setToRemove(member) : undefined}
      />
      {canManage && (
        <>
          <RemoveMemberDialog member={toRemove} onCancel={() => setToRemove(null)} onConfirm={confirmRemove} />
          <AddTeamMemberForm detail={detail} onAdded={(name) => setStatus(t('team.add.added', { name }))} />
        </>
      )}
    </section>
  );
}
