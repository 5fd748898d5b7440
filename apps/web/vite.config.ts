import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API runs on its own port (apps/server); Vite forwards /trpc to it.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/trpc": process.env.MATURO_API_URL ?? "http://localhost:3000" } },
  // The manifest lets scripts/size.mjs follow what each route loads.
  build: { outDir: "dist", sourcemap: true, manifest: true },
});
