import {
  type CompiledInstrument,
  compileInstruments,
  DEFAULT_FRAMEWORK,
  InstrumentSchema,
} from "@maturo/model";
import contextPlugin from "@maturo/plugin-context";
import organisationPlugin from "@maturo/plugin-organisation";
import technologyPlugin from "@maturo/plugin-technology";
import usersPlugin from "@maturo/plugin-users";

/** The instrument of the four plugins in `plugins/`, the default a demo is generated for. */
export function pluginInstrument(): CompiledInstrument {
  const instruments = [organisationPlugin, usersPlugin, technologyPlugin, contextPlugin].map((plugin) =>
    InstrumentSchema.parse(plugin.instrument),
  );
  return compileInstruments(instruments, DEFAULT_FRAMEWORK);
}
