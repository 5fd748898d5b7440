import { definePlugin, readInstrument } from "@maturo/plugin-sdk";

/** The plugin: its content is data in instrument.json at the package root. */
const plugin = definePlugin({
  instrument: readInstrument(new URL("../instrument.json", import.meta.url)),
});

export default plugin;
