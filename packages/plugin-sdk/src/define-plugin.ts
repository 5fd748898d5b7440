import { API_VERSION } from "@maturo/model";

export const PLUGIN_KIND = "maturo-plugin";

/** What a plugin author passes to definePlugin. */
export interface PluginDefinition {
  /** The content of the plugin's instrument.json (validated by the host, not here). */
  readonly instrument: unknown;
}

/** The frozen, tagged object a plugin's entry module exports. */
export interface MaturoPlugin {
  readonly kind: typeof PLUGIN_KIND;
  readonly apiVersion: typeof API_VERSION;
  readonly instrument: unknown;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Declare a plugin. Returns a plain frozen object tagged `kind: "maturo-plugin"` with the contract
 * version it was written for; hosts check both and validate the instrument when they load it.
 * Nothing is registered globally: hosts load plugins explicitly.
 */
export function definePlugin(definition: PluginDefinition): MaturoPlugin {
  return deepFreeze({
    kind: PLUGIN_KIND,
    apiVersion: API_VERSION,
    instrument: structuredClone(definition.instrument),
  });
}

/** True for anything that carries the plugin tag (of any contract version). */
export function isPluginObject(
  value: unknown,
): value is { kind: typeof PLUGIN_KIND; apiVersion: unknown; instrument: unknown } {
  return typeof value === "object" && value !== null && "kind" in value && value.kind === PLUGIN_KIND;
}
