import { ROLE_LABELS, type Role } from "@maturo/model/vocabulary";
import { type ReactNode, useId } from "react";
import { useLocale } from "../i18n/locale.js";
import { usePortalText } from "./portal-text.js";
import { QrCode } from "./qr-code.js";

export interface LetterLink {
  role: Role;
  link: string;
}

/** The server returns relative links when it has no public URL configured; a letter needs a full one. */
function absolute(link: string): string {
  return new URL(link, window.location.origin).href;
}

/**
 * Invitation letters to print and hand out, one per page (docs/decisions.md, "Invitations without
 * address ↔ link pairs"): a QR code and the link, never an address — the key user gives each letter
 * to someone, the server never learns to whom.
 */
export function LetterSheet({
  letters,
  organisation,
  campaign,
}: {
  letters: readonly LetterLink[];
  organisation: string;
  campaign: string;
}): ReactNode {
  const t = usePortalText();
  const { locale } = useLocale();
  const heading = useId();
  return (
    <section className="letter-sheet" aria-labelledby={heading}>
      <div className="no-print">
        <h3 id={heading}>{t("lettersTitle", { n: letters.length })}</h3>
        <p>{t("lettersNote")}</p>
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            {t("printLetters")}
          </button>
        </p>
      </div>
      <ol className="letters">
        {letters.map((letter, index) => {
          const link = absolute(letter.link);
          return (
            <li key={letter.link} className="letter" data-testid="letter">
              <h4>{t("letterHeading", { campaign })}</h4>
              <p>
                {t("letterIntro", {
                  organisation,
                  campaign,
                  role: ROLE_LABELS[locale][letter.role].toLowerCase(),
                })}
              </p>
              <p>{t("letterHow")}</p>
              <QrCode text={link} label={t("letterQrLabel", { index: index + 1 })} />
              <p className="letter-link">
                <code>{link}</code>
              </p>
              <p className="meta">{t("letterPersonal")}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
