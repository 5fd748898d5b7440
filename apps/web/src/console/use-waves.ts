import type { AppRouter } from "@maturo/api";
import { type UseQueryResult, useQuery } from "@tanstack/react-query";
import type { TRPCClientErrorLike } from "@trpc/client";
import { type RouterOutputs, useTRPC } from "../lib/trpc.js";

type Waves = RouterOutputs["campaigns"]["waves"];

/** The waves, for pickers and provenance. */
export function useWaves(): UseQueryResult<Waves, TRPCClientErrorLike<AppRouter>> {
  const trpc = useTRPC();
  return useQuery(trpc.campaigns.waves.queryOptions());
}
