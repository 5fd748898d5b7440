import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API runs on its own port (apps/server); Vite forwards /trpc to it.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/trpc": process.env.MATURO_API_URL ?? "http://localhost:3000" } },
  build: {
    outDir: "dist",
    sourcemap: true,
    // The manifest lets scripts/size.mjs follow what each route loads.
    manifest: true,
    // Every browser the app supports knows <link rel="modulepreload">; the polyfill is dead weight.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The tRPC client packages declare no `sideEffects`, though their top level only defines
      // functions and classes; treating them as side-effect-free drops the links the app does not use
      // (WebSocket, subscriptions) from the respondent route.
      treeshake: {
        moduleSideEffects: (id: string) =>
          !/[\\/]node_modules[\\/]@trpc[\\/](client|tanstack-react-query)[\\/]/.test(id),
      },
    },
  },
});
