import { defineMaturoConfig } from "@maturo/vitest-config";

export default defineMaturoConfig();
