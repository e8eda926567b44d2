import type { MeetingDetail } from '@inddrag/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { isMeetingConflict, meetingKeys } from '../../../api/meetings';

/**
 * A write refused because someone else changed the meeting (409): the page shows the meeting as it
 * is now and says so; what the user typed in that write is not saved.
 */
export function useMeetingConflict(meetingId: string) {
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<{ version: number | null } | null>(null);
  const handle = useCallback(
    (error: unknown): boolean => {
      if (!isMeetingConflict(error)) return false;
      const current = error.current as MeetingDetail | null;
      if (current) queryClient.setQueryData(meetingKeys.detail(meetingId), current);
      else void queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
      setConflict({ version: current?.version ?? null });
      return true;
    },
    [meetingId, queryClient],
  );
  return { conflict, handle, dismiss: () => setConflict(null) };
}

export type ConflictHandler = (error: unknown) => boolean;
