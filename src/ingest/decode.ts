import { repairMojibake } from './mojibake.js';
import { findDeclaredCharset } from './declared-charset.js';
import { decodeWindows1252 } from './windows-1252.js';

/** Text decoded from bytes, with the charset used and how it was chosen. */
export interface Decoded {
  readonly text: string;
  /** e.g. `utf-8 (bom)`, `windows-1252 (meta)`, `utf-8 (detected; mojibake repaired)`. */
  readonly encoding: string;
}

export interface DecodeOptions {
  /** Charset named by the transport (HTTP header); wins over in-document declarations. */
  readonly declaredCharset?: string | undefined;
  /** Look for `<meta charset>` / `<?xml encoding?>` in the first 4 KB (HTML and XML inputs). */
  readonly prescan?: boolean;
}

const BOMS: readonly { readonly bytes: readonly number[]; readonly charset: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
];

export function bomCharset(bytes: Uint8Array): string | null {
  const bom = BOMS.find((b) => b.bytes.every((value, i) => bytes[i] === value));
  return bom?.charset ?? null;
}

/** The canonical WHATWG name for a label, or null if TextDecoder does not know it. */
export function canonicalCharset(label: string): string | null {
  try {
    const name = new TextDecoder(label.trim()).encoding;
    // A page cannot really be UTF-16 if its ASCII declaration was readable (HTML standard).
    return name.startsWith('utf-16') ? 'utf-8' : name;
  } catch {
    return null;
  }
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** True when the bytes hold at least one multi-byte UTF-8 sequence (a lead byte 0xC2–0xF4 plus continuation). */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const lead = bytes[i] ?? 0;
    const next = bytes[i + 1] ?? 0;
    if (lead >= 0xc2 && lead <= 0xf4 && next >= 0x80 && next <= 0xbf) return true;
  }
  return false;
}

function decodeAs(bytes: Uint8Array, charset: string, how: string): { text: string; how: string; charset: string } {
  if (charset === 'utf-8' && !isValidUtf8(bytes)) {
    // Declared UTF-8 but invalid: mostly-UTF-8 pages with a stray byte keep UTF-8 (lossy);
    // pages with no UTF-8 sequence at all are really Windows-1252 with a wrong declaration.
    if (hasUtf8Sequence(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), how: `${how}, lossy`, charset };
    return decodeAs(bytes, 'windows-1252', `${how} said utf-8, invalid`);
  }
  return { text: decodeWith(charset, bytes), how, charset };
}

function decodeWith(charset: string, bytes: Uint8Array): string {
  return charset === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(charset).decode(bytes);
}

function chooseAndDecode(bytes: Uint8Array, options: DecodeOptions): { text: string; how: string; charset: string } {
  const bom = bomCharset(bytes);
  // TextDecoder strips the BOM itself.
  if (bom) return { text: new TextDecoder(bom).decode(bytes), how: 'bom', charset: bom };
  const transport = options.declaredCharset ? canonicalCharset(options.declaredCharset) : null;
  if (transport) return decodeAs(bytes, transport, 'http');
  if (options.prescan) {
    const declared = findDeclaredCharset(bytes);
    const charset = declared ? canonicalCharset(declared.label) : null;
    if (declared && charset) return decodeAs(bytes, charset, declared.source);
  }
  if (isValidUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), how: 'detected', charset: 'utf-8' };
  // Windows-1252 maps every byte, so it is the fallback that never fails; it is also what
  // undeclared non-UTF-8 Western news pages almost always are.
  return { text: decodeWindows1252(bytes), how: 'fallback', charset: 'windows-1252' };
}

/** Decodes bytes to text: BOM, then transport charset, then in-document declaration, then UTF-8 if valid, else Windows-1252; then repairs clear mojibake. */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const chosen = chooseAndDecode(bytes, options);
  const fixed = repairMojibake(chosen.text);
  const how = fixed.repaired ? `${chosen.how}; mojibake repaired` : chosen.how;
  return { text: fixed.text, encoding: `${chosen.charset} (${how})` };
}
