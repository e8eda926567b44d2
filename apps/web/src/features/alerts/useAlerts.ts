import type { MarkAlertsReadRequest } from '@inddrag/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { alertKeys, fetchAlerts, fetchAlertSummary, markAlertsRead } from '../../api/alerts';

export const POLL_MS = 60_000;

/**
 * True while the user has used the page (pointer, keyboard) within the last `windowMs`.
 * Polling stops when it turns false: every request restarts the server's idle clock, so a
 * bell that polled forever would keep an abandoned session open.
 */
export function useRecentInteraction(windowMs: number): boolean {
  const [active, setActive] = useState(true);
  const last = useRef(0);
  useEffect(() => {
    last.current = Date.now();
    const mark = () => {
      last.current = Date.now();
      setActive(true);
    };
    const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
    for (const event of events) window.addEventListener(event, mark, { passive: true });
    const timer = setInterval(() => setActive(Date.now() - last.current < windowMs), Math.min(windowMs, 15_000));
    return () => {
      for (const event of events) window.removeEventListener(event, mark);
      clearInterval(timer);
    };
  }, [windowMs]);
  return active;
}

/** The unread count for the bell: polled every minute while the user is at the page. */
export function useAlertSummary() {
  const active = useRecentInteraction(POLL_MS);
  return useQuery({
    queryKey: alertKeys.summary,
    queryFn: ({ signal }) => fetchAlertSummary(signal),
    refetchInterval: POLL_MS,
    staleTime: POLL_MS / 2,
    enabled: active,
  });
}

/** The list in the bell's panel, fetched when the panel opens. */
export function useAlertList(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: alertKeys.list,
    queryFn: ({ pageParam, signal }) => fetchAlerts(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
    staleTime: 0,
  });
}

export function useMarkAlertsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: MarkAlertsReadRequest) => markAlertsRead(request),
    onSuccess: (summary) => {
      queryClient.setQueryData(alertKeys.summary, summary);
      void queryClient.invalidateQueries({ queryKey: alertKeys.list });
    },
  });
}
