import { type InvalidateQueryFilters, useQueryClient } from "@tanstack/react-query";

/**
 * An `onSuccess` for a change: runs `first` (clear or close the form), then re-fetches the queries the
 * change made stale (e.g. `trpc.admin.users.queryFilter()`).
 */
export function useRefresh(filter: InvalidateQueryFilters, first?: () => void): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => {
    first?.();
    return queryClient.invalidateQueries(filter);
  };
}
