import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { alertQueries } from '../queries/alerts';
import { alertActionClient } from './client';
import type { QueuedAction } from './queue';

const subscribe = (listener: () => void) => alertActionClient().subscribe(listener);
const snapshot = () => alertActionClient().entries();

/**
 * The outbox as React state: pending and rejected actions (to show them as such), and the
 * alert caches refreshed each time the server confirms an action.
 */
export function useAlertOutbox(): readonly QueuedAction[] {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      alertActionClient().onSent((alert) => {
        queryClient.setQueryData(alertQueries.detail(alert.id).queryKey, alert);
        void queryClient.invalidateQueries({ queryKey: alertQueries.all });
      }),
    [queryClient],
  );
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

export function dismissQueuedAction(id: string): Promise<void> {
  return alertActionClient().dismiss(id);
}

export function retryQueuedActions(): Promise<void> {
  return alertActionClient().retryNow();
}
