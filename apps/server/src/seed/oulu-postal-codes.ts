/**
 * Postal codes of the City of Oulu with an approximate centroid (WGS 84). Source: z1p FI data set (GeoNames), postalcodes.info,
 * Posti postal code file (via theikkila/postinumerot) and Wikipedia district articles, read 2026-11-23.
 *
 * Covers the present City of Oulu, including the former municipalities merged into it (Haukipudas,
 * Kiiminki, Oulunsalo, Yli-Ii, Ylikiiminki). Only street-address codes are listed: PO-box codes
 * (ending in 1, e.g. 90401, 90601, 90651, 90901) and large-recipient codes (90014 Oulun yliopisto,
 * 90015 Oulun kaupunki, 90029 OYS) are left out, as are 90440/90450 (Kempele) and 90480 (Hailuoto).
 *
 * Sources:
 * - Coordinates: GeoNames-derived postal-code centroids as published in the z1p Finland data set
 *   (github.com/vzhufk/z1p, assets/FI/index.js, also npm @z1p/fi), cross-checked against
 *   postalcodes.info (https://postalcodes.info/postal-codes/finland/code/NNNNN) for 90230, 90400,
 *   90420, 90460, 90650 and 90860, which match exactly. The centroids are approximate points, not
 *   population-weighted centres of the postal areas.
 * - postOffice: Posti's postal locality name (postitoimipaikka) as in the Posti postal code file
 *   mirrored by github.com/theikkila/postinumerot (postcode_map_light.json), written in title case.
 * - district: a kaupunginosa whose Wikipedia article gives this postal code (fi/en Wikipedia or a
 *   mirror of it: Pokkinen, Karjasilta, Kaukovainio, Oulunsalo, Tuira, Välivainio, Koskela,
 *   Linnanmaa, Pateniemi). A postal area usually covers several districts; the name shown is only
 *   one of them. null where no source tied the code to a district.
 */
export interface OuluPostalCode { code: string; postOffice: string; district: string | null; lat: number; lon: number }
export const OULU_POSTAL_CODES: readonly OuluPostalCode[] = [
  { code: '90100', postOffice: 'Oulu', district: 'Pokkinen', lat: 65.0121, lon: 25.4722 },
  { code: '90120', postOffice: 'Oulu', district: null, lat: 65.0043, lon: 25.4554 },
  { code: '90130', postOffice: 'Oulu', district: null, lat: 65.0137, lon: 25.4915 },
  { code: '90140', postOffice: 'Oulu', district: 'Karjasilta', lat: 65.0017, lon: 25.4926 },
  { code: '90150', postOffice: 'Oulu', district: null, lat: 64.9881, lon: 25.4932 },
  { code: '90220', postOffice: 'Oulu', district: null, lat: 65.0076, lon: 25.5183 },
  { code: '90230', postOffice: 'Oulu', district: null, lat: 65.0061, lon: 25.5361 },
  { code: '90240', postOffice: 'Oulu', district: null, lat: 64.9827, lon: 25.5736 },
  { code: '90250', postOffice: 'Oulu', district: 'Kaukovainio', lat: 64.9891, lon: 25.518 },
  { code: '90310', postOffice: 'Oulu', district: null, lat: 64.9489, lon: 25.6724 },
  { code: '90400', postOffice: 'Oulu', district: null, lat: 64.9943, lon: 25.457 },
  { code: '90410', postOffice: 'Oulu', district: null, lat: 64.9636, lon: 25.5139 },
  { code: '90420', postOffice: 'Oulu', district: null, lat: 64.9526, lon: 25.5555 },
  { code: '90460', postOffice: 'Oulunsalo', district: 'Oulunsalo', lat: 64.9424, lon: 25.3854 },
  { code: '90470', postOffice: 'Varjakka', district: null, lat: 64.9762, lon: 25.2974 },
  { code: '90500', postOffice: 'Oulu', district: 'Tuira', lat: 65.0259, lon: 25.4786 },
  { code: '90510', postOffice: 'Oulu', district: null, lat: 65.0274, lon: 25.4252 },
  { code: '90520', postOffice: 'Oulu', district: null, lat: 65.0434, lon: 25.439 },
  { code: '90530', postOffice: 'Oulu', district: 'Välivainio', lat: 65.0348, lon: 25.4754 },
  { code: '90540', postOffice: 'Oulu', district: null, lat: 65.0779, lon: 25.4778 },
  { code: '90550', postOffice: 'Oulu', district: null, lat: 65.0419, lon: 25.495 },
  { code: '90560', postOffice: 'Oulu', district: 'Koskela', lat: 65.047, lon: 25.4481 },
  { code: '90570', postOffice: 'Oulu', district: 'Linnanmaa', lat: 65.0544, lon: 25.4779 },
  { code: '90580', postOffice: 'Oulu', district: null, lat: 65.0651, lon: 25.4217 },
  { code: '90590', postOffice: 'Oulu', district: null, lat: 65.0593, lon: 25.4494 },
  { code: '90600', postOffice: 'Oulu', district: null, lat: 65.0415, lon: 25.5383 },
  { code: '90620', postOffice: 'Oulu', district: null, lat: 65.045, lon: 25.5521 },
  { code: '90630', postOffice: 'Oulu', district: null, lat: 65.0408, lon: 25.5933 },
  { code: '90650', postOffice: 'Oulu', district: null, lat: 65.0174, lon: 25.5562 },
  { code: '90660', postOffice: 'Oulu', district: null, lat: 64.9611, lon: 25.7549 },
  { code: '90670', postOffice: 'Oulu', district: null, lat: 65.0024, lon: 25.6097 },
  { code: '90800', postOffice: 'Oulu', district: 'Pateniemi', lat: 65.0875, lon: 25.4085 },
  { code: '90810', postOffice: 'Kiviniemi', district: null, lat: 65.1198, lon: 25.3102 },
  { code: '90820', postOffice: 'Kello', district: null, lat: 65.131, lon: 25.3688 },
  { code: '90830', postOffice: 'Haukipudas', district: null, lat: 65.1799, lon: 25.3496 },
  { code: '90840', postOffice: 'Haukipudas', district: null, lat: 65.193, lon: 25.4809 },
  { code: '90850', postOffice: 'Martinniemi', district: null, lat: 65.213, lon: 25.3141 },
  { code: '90860', postOffice: 'Halosenniemi', district: null, lat: 65.2374, lon: 25.3485 },
  { code: '90900', postOffice: 'Kiiminki', district: null, lat: 65.1319, lon: 25.805 },
  { code: '90910', postOffice: 'Kontio', district: null, lat: 65.1503, lon: 25.6407 },
  { code: '90940', postOffice: 'Jääli', district: null, lat: 65.0849, lon: 25.6887 },
  { code: '91200', postOffice: 'Yli-Ii', district: null, lat: 65.3743, lon: 25.8095 },
  { code: '91210', postOffice: 'Jakkukylä', district: null, lat: 65.3062, lon: 25.628 },
  { code: '91240', postOffice: 'Tannila', district: null, lat: 65.4893, lon: 26.0252 },
  { code: '91260', postOffice: 'Pahkakoski', district: null, lat: 65.3506, lon: 26.0936 },
  { code: '91300', postOffice: 'Ylikiiminki', district: null, lat: 65.0318, lon: 26.2217 },
  { code: '91310', postOffice: 'Arkala', district: null, lat: 65.1894, lon: 26.1275 },
];
