import { type ReactNode, useId } from "react";
import { navigate } from "../lib/router.js";
import { useConsoleText } from "./use-console-text.js";
import { useWaves } from "./use-waves.js";

/** Switches the campaign of a campaign page, keeping the section. */
export function CampaignPicker({ campaignId, section }: { campaignId: number; section: string }): ReactNode {
  const t = useConsoleText();
  const waves = useWaves();
  const id = useId();
  return (
    <div className="campaign-picker">
      <label htmlFor={id}>{t("campaign")}</label>
      <select
        id={id}
        value={campaignId}
        onChange={(e) => navigate(`/console/waves/${e.target.value}/${section}`)}
      >
        {(waves.data ?? []).map((w) => (
          <option key={w.id} value={w.id}>
            {w.name} ({t(w.status)})
          </option>
        ))}
      </select>
    </div>
  );
}
