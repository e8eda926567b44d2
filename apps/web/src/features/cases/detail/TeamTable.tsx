import type { CaseTeamMember } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface TeamTableProps {
  team: readonly CaseTeamMember[];
  currentUserId: string;
  /** Given when the user may change the team: each row gets a "Fjern" button. */
  onRemove?: ((member: CaseTeamMember) => void) | undefined;
}

export function TeamTable({ team, currentUserId, onRemove }: TeamTableProps) {
  const { t } = useTranslation('cases');
  const captionId = useId();
  if (team.length === 0) return <p>{t('team.empty')}</p>;
  return (
    <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table table--compact team-table">
        <caption id={captionId} className="sr-only">
          {t('team.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('team.columns.name')}</th>
            <th scope="col">{t('team.columns.unit')}</th>
            <th scope="col">{t('team.columns.role')}</th>
            {onRemove && (
              <th scope="col">
                <span className="sr-only">{t('team.columns.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {team.map((member) => (
            <tr key={member.id}>
              <th scope="row">
                {member.user.name}
                {member.user.id === currentUserId && <> {t('team.you')}</>}
              </th>
              <td>{member.unit?.name ?? <em>{t('team.noUnit')}</em>}</td>
              <td>{t(`caseRole.${member.role}`)}</td>
              {onRemove && (
                <td className="text-nowrap">
                  {/* Removing oneself would end one's own access: left to a colleague or the leader. */}
                  {member.user.id !== currentUserId && (
                    <button
                      type="button"
                      className="button button-tertiary"
                      aria-label={t('team.removeLabel', { name: member.user.name })}
                      onClick={() => onRemove(member)}
                    >
                      {t('team.remove')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
