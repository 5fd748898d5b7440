import { defineMaturoConfig } from "@maturo/vitest-config";

// One Chromium at a time: the machines have two cores.
export default defineMaturoConfig({ testTimeout: 60_000, serial: true });
