/**
 * The agency a wire dateline names: "VELMORA, May 20 (Meridian Press) —" → "Meridian Press".
 * Used as the outlet of a document that names none elsewhere (plain text without a header,
 * a pasted wire story), since the dateline is where wire copy says who filed it.
 */
const AGENCY_DATELINE = /^[A-Z][A-Z'’. -]+(?:,[^()\n]{1,60})?\s\(([A-Z][\w&.' -]{1,40})\)\s+(?:[—–]|--?)\s/;

export function datelineAgency(blocks: readonly string[]): string | null {
  for (const block of blocks.slice(0, 3)) {
    const agency = AGENCY_DATELINE.exec(block)?.[1]?.trim();
    if (agency && agency.split(/\s+/).length <= 5) return agency;
  }
  return null;
}
