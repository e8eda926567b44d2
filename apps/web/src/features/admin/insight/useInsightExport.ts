import { useMutation } from '@tanstack/react-query';
import { exportInsight } from '../api/audit';

/**
 * The export is a POST: it carries the purpose and is itself logged, so it is made once per
 * click and never refetched behind the admin's back.
 */
export function useInsightExport() {
  return useMutation({ mutationFn: exportInsight });
}
