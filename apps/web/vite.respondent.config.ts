import react from "@vitejs/plugin-react";
import { defineConfig, mergeConfig } from "vite";
import base from "./vite.config.js";

// The respondent page's entry as one module with its CSS beside it, for scripts/post-build.mjs to
// inline into dist/s.html (docs/decisions.md, "Respondent page"). Not served itself.
export default mergeConfig(
  { ...base, plugins: [] },
  defineConfig({
    plugins: [react()],
    build: {
      outDir: "dist-respondent",
      emptyOutDir: true,
      sourcemap: false,
      manifest: false,
      cssCodeSplit: false,
      rolldownOptions: {
        input: "src/respondent/main.tsx",
        output: {
          inlineDynamicImports: true,
          entryFileNames: "respondent.js",
          assetFileNames: "respondent[extname]",
        },
      },
    },
  }),
);
