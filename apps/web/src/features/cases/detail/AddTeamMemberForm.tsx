import { zodResolver } from '@hookform/resolvers/zod';
import { AddTeamMemberRequest, CaseRole, type CaseDetail, type DirectoryEntry } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '../../../api/ApiError';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { ErrorSummary, type SummaryItem } from '../../../ui/ErrorSummary';
import { Spinner } from '../../../ui/Spinner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { SelectInput } from '../../../ui/TextField';
import { ConflictAlert } from './ConflictAlert';
import { isConflict } from './conflict';
import { useAddTeamMember, useUserDirectory } from './useTeam';

type Input = z.input<typeof AddTeamMemberRequest>;
type Output = z.output<typeof AddTeamMemberRequest>;
type Field = 'userId' | 'role';

interface AddTeamMemberFormProps {
  detail: CaseDetail;
  onAdded: (name: string) => void;
}

export function AddTeamMemberForm({ detail, onAdded }: AddTeamMemberFormProps) {
  const { t } = useTranslation(['cases', 'common']);
  const headingId = useId();
  const directory = useUserDirectory(true);
  const add = useAddTeamMember(detail.id);
  const [attempt, setAttempt] = useState(0);
  const ids = { userId: `team-user-${detail.id}`, role: `team-role-${detail.id}` } as const;
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(AddTeamMemberRequest),
    defaultValues: { userId: '', role: '' as CaseRole },
    shouldFocusError: false,
  });

  const onTeam = new Set(detail.team.map((m) => m.user.id));
  const candidates = (directory.data?.items ?? []).filter((u) => !onTeam.has(u.id));

  // Server messages (e.g. "Rollen passer ikke til brugerens funktion") stay as the API wrote them.
  const message = (field: Field): string | undefined => {
    const error = errors[field];
    if (!error) return undefined;
    if (error.type === 'server' && error.message) return error.message;
    return field === 'userId' ? t('cases:team.add.userError') : t('cases:team.add.roleError');
  };
  const items: SummaryItem[] = (['userId', 'role'] as const).flatMap((field) => {
    const text = message(field);
    return text ? [{ fieldId: ids[field], message: text }] : [];
  });

  const onValid = (values: Output) => {
    setAttempt((n) => n + 1);
    add.mutate(values, {
      onSuccess: (member) => {
        reset();
        onAdded(member.user.name);
      },
      onError: (error) => {
        if (!isApiError(error)) return;
        for (const fieldError of error.fieldErrors) {
          const field = fieldError.path.replace(/^body\./, '');
          if (field === 'userId' || field === 'role') setError(field, { type: 'server', message: fieldError.message });
        }
        setAttempt((n) => n + 1);
      },
    });
  };

  const label = (user: DirectoryEntry) => {
    const role = t(`common:roles.${user.role}`);
    return user.unit
      ? t('cases:team.add.option', { name: user.name, role, unit: user.unit.name })
      : t('cases:team.add.optionNoUnit', { name: user.name, role });
  };
  const busy = add.isPending;
  const generalError = add.isError && !isConflict(add.error) && items.length === 0 ? add.error : null;

  return (
    <section className="team-add" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('cases:team.add.heading')}</h3>
      <StatusMessage busy={directory.isPending}>
        {directory.isPending ? t('cases:team.add.loadingDirectory') : ''}
      </StatusMessage>
      {directory.isError && (
        <ErrorBanner
          error={directory.error}
          heading={t('cases:team.add.directoryError')}
          onRetry={() => void directory.refetch()}
        />
      )}
      {directory.isSuccess && candidates.length === 0 && <p>{t('cases:team.add.nobodyLeft')}</p>}
      {directory.isSuccess && candidates.length > 0 && (
        <form noValidate onSubmit={handleSubmit(onValid, () => setAttempt((n) => n + 1))}>
          {items.length > 0 && <ErrorSummary items={items} focusKey={attempt} />}
          {add.isError && isConflict(add.error) && (
            <ConflictAlert
              caseId={detail.id}
              onReloaded={() => add.reset()}
              heading={t('cases:team.errors.heading')}
              message={t('cases:team.errors.conflict')}
            />
          )}
          {generalError && <ErrorBanner error={generalError} heading={t('cases:team.errors.heading')} />}
          <div className="team-add-fields">
            <SelectInput
              id={ids.userId}
              label={t('cases:team.add.user')}
              error={message('userId')}
              {...register('userId')}
            >
              <option value="">{t('cases:team.add.userPlaceholder')}</option>
              {candidates.map((user) => (
                <option key={user.id} value={user.id}>
                  {label(user)}
                </option>
              ))}
            </SelectInput>
            <SelectInput id={ids.role} label={t('cases:team.add.role')} error={message('role')} {...register('role')}>
              <option value="">{t('cases:team.add.rolePlaceholder')}</option>
              {CaseRole.options.map((role) => (
                <option key={role} value={role}>
                  {t(`cases:caseRole.${role}`)}
                </option>
              ))}
            </SelectInput>
          </div>
          <button
            type="submit"
            className="button button-secondary"
            aria-disabled={busy}
            onClick={(event) => {
              if (busy) event.preventDefault();
            }}
          >
            {busy && <Spinner />}
            <span>{busy ? t('cases:team.add.submitting') : t('cases:team.add.submit')}</span>
          </button>
        </form>
      )}
    </section>
  );
}
