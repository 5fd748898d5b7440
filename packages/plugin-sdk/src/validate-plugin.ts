import { API_VERSION } from "@maturo/model";
import { isPluginObject, PLUGIN_KIND } from "./define-plugin.js";
import { type ValidateOptions, type ValidationResult, validateInstrument } from "./validate-instrument.js";

/**
 * Validate a plugin object (what an entry module exports) in-process: the tag, the contract version
 * and its instrument. Never throws.
 */
export function validatePlugin(plugin: unknown, options: ValidateOptions = {}): ValidationResult {
  if (!isPluginObject(plugin)) {
    return {
      ok: false,
      problems: [
        {
          path: "(plugin)",
          message: `not a plugin: expected an object made with definePlugin (kind "${PLUGIN_KIND}")`,
        },
      ],
    };
  }
  if (plugin.apiVersion !== API_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: "(plugin)",
          message: `written for contract version ${JSON.stringify(plugin.apiVersion)}; this host supports version ${API_VERSION}`,
        },
      ],
    };
  }
  return validateInstrument(plugin.instrument, options);
}
