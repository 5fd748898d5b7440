import { defineMaturoConfig } from "@maturo/vitest-config";

// One Chromium at a time: the machines have two cores.
export default defineMaturoConfig({ testTimeout: 180_000, serial: true });
