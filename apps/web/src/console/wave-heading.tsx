import type { ReactNode } from "react";
import { CampaignPicker } from "./campaign-picker.js";
import type { WaveSection } from "./sections.js";

/** The heading of a wave's page and the picker that shows the same page for another wave. */
export function WaveHeading({
  title,
  campaignId,
  section,
}: {
  title: string;
  campaignId: number;
  section: WaveSection;
}): ReactNode {
  return (
    <>
      <h1>{title}</h1>
      <CampaignPicker campaignId={campaignId} section={section} />
    </>
  );
}
