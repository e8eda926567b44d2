import {
  MeetingNoteKind,
  MeetingType,
  NETWORK_COUNCIL_DEADLINE_DAYS,
  type MeetingOptions,
  type UserRef,
} from '@inddrag/contracts';
import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';
import { copenhagenToday } from '../../../i18n/today';
import { CheckboxInput } from './CheckboxInput';
import { plusDays } from './localTime';
import { fieldIdOf, type PlanFormValues } from './planForm';
import { RoleField } from './RoleField';
import { SelectInput, TextAreaField, TextField } from '../../../ui/TextField';

interface PlanFieldsProps {
  formId: string;
  control: Control<PlanFormValues>;
  register: UseFormRegister<PlanFormValues>;
  errors: FieldErrors<PlanFormValues>;
  options: MeetingOptions | undefined;
  /** Planning a new meeting: the type, police date and follow-up can be chosen; later they stay. */
  isNew: boolean;
  /** The people already holding a role (shown even when the options cannot be loaded). */
  current?: UserRef[];
}

const uniqueUsers = (users: readonly UserRef[]) =>
  users.filter((user, index) => users.findIndex((u) => u.id === user.id) === index);

/** The plan's fields (Socialstyrelsen's checklist): what, when, where, who initiated, and the roles. */
export function PlanFields({ formId, control, register, errors, options, isNew, current = [] }: PlanFieldsProps) {
  const { t } = useTranslation('meetings');
  const format = useFormatters();
  const id = (path: string) => fieldIdOf(formId, path);
  const type = useWatch({ control, name: 'type' });
  const policeDate = useWatch({ control, name: 'policeDocumentationOn' });
  const neutral = useWatch({ control, name: 'neutralVenue' });
  const team = uniqueUsers([...(options?.team ?? []), ...current]);
  const leaders = uniqueUsers([...(options?.team ?? []), ...(options?.facilitators ?? []), ...current]);
  const typeError = errors.type?.message;

  const roleField = (key: 'inviter' | 'leader' | 'noteTaker', users: readonly UserRef[]) => (
    <RoleField
      key={key}
      role={key}
      users={users}
      formId={formId}
      control={control}
      register={register}
      errors={errors}
    />
  );

  return (
    <>
      {isNew ? (
        <fieldset className={typeError ? 'form-group form-error' : 'form-group'}>
          <legend className="form-label">{t('plan.type')}</legend>
          {typeError && <span className="form-error-message">{typeError}</span>}
          {MeetingType.options.map((value, index) => (
            <div className="form-group-radio" key={value}>
              <input
                id={index === 0 ? id('type') : id(`type-${value}`)}
                type="radio"
                className="form-radio"
                value={value}
                {...register('type')}
              />
              <label className="form-label" htmlFor={index === 0 ? id('type') : id(`type-${value}`)}>
                {t(`type.${value}`)}
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <TextAreaField
        id={id('purpose')}
        label={t('plan.purpose')}
        hint={t('plan.purposeHint')}
        error={errors.purpose?.message}
        rows={3}
        {...register('purpose')}
      />
      <TextAreaField
        id={id('agenda')}
        label={t('plan.agenda')}
        hint={t('plan.agendaHint')}
        error={errors.agenda?.message}
        rows={5}
        {...register('agenda')}
      />
      <div className="meeting-plan-when">
        <TextField
          id={id('date')}
          type="date"
          label={t('plan.date')}
          error={errors.date?.message}
          width="m"
          {...register('date')}
        />
        <TextField
          id={id('startTime')}
          type="time"
          label={t('plan.startTime')}
          error={errors.startTime?.message}
          width="s"
          {...register('startTime')}
        />
        <TextField
          id={id('endTime')}
          type="time"
          label={t('plan.endTime')}
          error={errors.endTime?.message}
          width="s"
          {...register('endTime')}
        />
      </div>
      <TextField
        id={id('place')}
        label={t('plan.place')}
        error={errors.place?.message}
        width="xl"
        {...register('place')}
      />
      <CheckboxInput
        id={id('neutralVenue')}
        label={t('plan.neutralVenue')}
        hint={t('plan.neutralVenueHint')}
        {...register('neutralVenue')}
      />
      {!neutral && type !== 'NETWORK_COUNCIL' && <p className="meeting-hint">{t('plan.neutralSuggestion')}</p>}
      <TextAreaField
        id={id('initiator')}
        label={t('plan.initiator')}
        hint={t('plan.initiatorHint')}
        error={errors.initiator?.message}
        rows={2}
        {...register('initiator')}
      />

      <fieldset className="meeting-fieldset">
        <legend className="h3">{t('plan.roles')}</legend>
        <p className="form-hint">{t('plan.rolesHint')}</p>
        {roleField('inviter', team)}
        {roleField('leader', leaders)}
        {roleField('noteTaker', team)}
        <SelectInput
          id={id('noteKind')}
          label={t('plan.noteKind')}
          error={errors.noteKind?.message}
          {...register('noteKind')}
        >
          {MeetingNoteKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {t(`noteKind.${kind}`)}
            </option>
          ))}
        </SelectInput>
      </fieldset>

      {type === 'FAMILY_GROUP_CONFERENCE' && (
        <SelectInput
          id={id('coordinatorId')}
          label={t('plan.coordinator')}
          hint={t('plan.coordinatorHint')}
          error={errors.coordinatorId?.message}
          {...register('coordinatorId')}
        >
          <option value="">{t('plan.chooseCoordinator')}</option>
          {uniqueUsers([...(options?.coordinators ?? []), ...current]).map((user) => (
            <option key={user.id} value={user.id}>
              {user.name}
            </option>
          ))}
        </SelectInput>
      )}
      {isNew && type === 'NETWORK_COUNCIL' && (
        <>
          <TextField
            id={id('policeDocumentationOn')}
            type="date"
            max={copenhagenToday()}
            label={t('plan.policeDate')}
            hint={t('plan.policeDateHint')}
            error={errors.policeDocumentationOn?.message}
            width="m"
            {...register('policeDocumentationOn')}
          />
          <p className="meeting-deadline-live" aria-live="polite" data-testid="council-deadline-live">
            {policeDate
              ? t('plan.councilDeadline', {
                  date: format.calendarDate(plusDays(policeDate, NETWORK_COUNCIL_DEADLINE_DAYS)),
                })
              : ''}
          </p>
        </>
      )}
      {isNew && type === 'FOLLOW_UP_MEETING' && (
        <SelectInput
          id={id('followUpOfId')}
          label={t('plan.followUpOf')}
          error={errors.followUpOfId?.message}
          {...register('followUpOfId')}
        >
          <option value="">{t('plan.chooseMeeting')}</option>
          {(options?.previousMeetings ?? []).map((meeting) => (
            <option key={meeting.id} value={meeting.id}>
              {`${t(`type.${meeting.type}`)}, ${format.dateTime(meeting.startsAt)}`}
            </option>
          ))}
        </SelectInput>
      )}
    </>
  );
}
