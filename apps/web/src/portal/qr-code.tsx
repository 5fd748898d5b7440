import encodeQR from "qr";
import type { ReactNode } from "react";

/** Quiet zone around the symbol, in modules: the four the QR standard asks for, so phones read it on paper. */
const QUIET = 4;

/** The dark modules of a QR code as one SVG path of unit squares (`M x y h1v1h-1z` each). */
export function qrPath(text: string): { size: number; path: string } {
  const matrix = encodeQR(text, "raw", { ecc: "medium", border: QUIET });
  const squares: string[] = [];
  matrix.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) squares.push(`M${x} ${y}h1v1h-1z`);
    });
  });
  return { size: matrix.length, path: squares.join("") };
}

/** A QR code of `text` as an inline SVG, black on white, crisp at any print size. */
export function QrCode({ text, label }: { text: string; label: string }): ReactNode {
  const { size, path } = qrPath(text);
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
