export { inspectJson, inspectText } from "./authoring/inspect.js";
export { AuthoringError, type NewPlugin, type NewPluginOptions, newPlugin } from "./authoring/new-plugin.js";
export { escapeHtml, type PreviewState, renderPreview } from "./authoring/preview-page.js";
export { type RunningPreview, startPreview } from "./authoring/preview-server.js";
export { type AuthoringIo, runMaturoPlugin } from "./authoring/run-maturo-plugin.js";
export { pluginFiles, type ScaffoldOptions, type ScaffoldTarget } from "./authoring/scaffold-files.js";
