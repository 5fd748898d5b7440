import { type InvalidateQueryFilters, useQueryClient } from "@tanstack/react-query";

/** Re-fetches the queries a change made stale (e.g. `trpc.admin.users.queryFilter()`), for `onSuccess`. */
export function useRefresh(filter: InvalidateQueryFilters): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(filter);
}
