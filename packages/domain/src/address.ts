/** The parts of a Finnish address as people type it: "Kangastie 12 A 3, 90500 Oulu", "90500", "Kangastie 12". */
export interface AddressQuery {
  street: string | null;
  postalCode: string | null;
  city: string | null;
}

const POSTAL_CODE = /\b(\d{5})\b/;

export function parseAddressQuery(text: string): AddressQuery {
  const clean = text.replace(/\s+/g, ' ').trim();
  const postal = POSTAL_CODE.exec(clean);
  const postalCode = postal ? postal[1]! : null;
  const [beforeCode, afterCode] = postal ? [clean.slice(0, postal.index), clean.slice(postal.index + 5)] : [clean, ''];
  const parts = beforeCode.split(',').map((p) => p.trim()).filter(Boolean);
  const cityAfter = afterCode.replace(/^[\s,]+/, '').trim();
  // Without a postal code, "Kangastie 12, Oulu" names the city after the last comma.
  const city = cityAfter || (!postal && parts.length > 1 ? parts.pop()! : null);
  const street = parts.join(', ') || null;
  return { street, postalCode, city: city || null };
}

/** "Kangastie 12 A 3" → "kangastie 12": the street name and house number, for matching addresses. */
export function streetKey(street: string): string {
  const match = /^(.*?\D)\s*(\d+)/.exec(street.trim().toLowerCase());
  return match ? `${match[1]!.trim()} ${match[2]}` : street.trim().toLowerCase();
}
