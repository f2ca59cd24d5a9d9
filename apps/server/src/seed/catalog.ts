import type { DbOrTx } from '../db/client.ts';
import {
  refreshSearchIndex,
  saveLocation,
  saveOpeningHours,
  saveOrganization,
  savePriceLines,
  saveService,
  saveServiceLocations,
} from '../modules/catalog/service.ts';
import type { SeedLocation, SeedOpeningHours, SeedOrganization, SeedService } from './catalog-types.ts';

export interface CatalogSeed {
  organizations: SeedOrganization[];
  locations: SeedLocation[];
  services: SeedService[];
}

/** Loads organisations, locations and published services, then rebuilds the search index. */
export async function loadCatalog(
  tx: DbOrTx,
  data: CatalogSeed,
  areaIds: ReadonlyMap<string, string>,
  locationIds: Map<string, string>,
): Promise<void> {
  const orgIds = new Map<string, string>();
  for (const org of data.organizations) {
    orgIds.set(
      org.key,
      await saveOrganization(tx, {
        code: org.key,
        nameFi: org.name.fi,
        nameSv: org.name.sv ?? null,
        nameEn: org.name.en ?? null,
        type: org.type,
        businessId: org.businessId,
        email: org.contact.email ?? null,
        phone: org.contact.phone ?? null,
        website: org.contact.website ?? null,
        voucherApprovedFrom: org.approval?.vouchers?.from ?? null,
        voucherApprovedTo: org.approval?.vouchers?.to ?? null,
        purchaseApprovedFrom: org.approval?.purchases?.from ?? null,
        purchaseApprovedTo: org.approval?.purchases?.to ?? null,
      }),
    );
  }
  for (const l of data.locations) {
    const id = await saveLocation(tx, {
      code: l.code,
      type: l.type,
      organizationId: orgIds.get(l.organization) ?? null,
      areaId: l.area ? (areaIds.get(l.area) ?? null) : null,
      nameFi: l.name.fi,
      nameSv: l.name.sv ?? null,
      nameEn: l.name.en ?? null,
      street: l.street,
      postalCode: l.postalCode,
      city: l.city,
      lat: l.lat,
      lon: l.lon,
      accessibility: l.accessibility,
      timetable: l.timetable ?? null,
    });
    locationIds.set(l.code, id);
    await saveOpeningHours(tx, id, l.openingHours);
  }
  const serviceIds: string[] = [];
  for (const s of data.services) {
    const organizationId = orgIds.get(s.organization);
    if (!organizationId) throw new Error(`Service ${s.key}: unknown organisation ${s.organization}`);
    const id = await saveService(tx, {
      code: s.key,
      organizationId,
      serviceClass: s.serviceClass,
      lifeCourseGroup: s.lifeCourseGroup,
      status: 'published',
      nameFi: s.name.fi,
      nameSv: s.name.sv ?? null,
      nameEn: s.name.en ?? null,
      summaryFi: s.summary.fi,
      summarySv: s.summary.sv ?? null,
      summaryEn: s.summary.en ?? null,
      descriptionFi: s.description.fi,
      descriptionSv: s.description.sv ?? null,
      descriptionEn: s.description.en ?? null,
      keywords: s.keywords,
      targetGroups: s.targetGroups,
      languages: s.languages,
      grantingCriteria: s.grantingCriteria,
      qualityCriteria: s.qualityCriteria,
      feeType: s.fee.type,
      feeAmountCents: s.fee.amountCents ?? null,
      feeUnit: s.fee.unit ?? null,
      feeRule: s.fee.rule,
      purchasePriceCents: s.purchasePrice?.amountCents ?? null,
      purchasePriceUnit: s.purchasePrice?.unit ?? null,
      estimatedEligible: s.estimatedEligible ?? null,
      specialContacts: s.specialContacts ?? [],
    });
    serviceIds.push(id);
    await savePriceLines(
      tx,
      id,
      (s.purchasePrice?.lines ?? []).map((line, position) => ({
        position,
        labelFi: line.label.fi,
        labelSv: line.label.sv ?? null,
        labelEn: line.label.en ?? null,
        amountCents: line.amountCents,
      })),
    );
    await saveServiceLocations(
      tx,
      id,
      s.at.map((at) => {
        const locationId = locationIds.get(at.location);
        if (!locationId) throw new Error(`Service ${s.key}: unknown location ${at.location}`);
        return { locationId, channels: at.channels };
      }),
    );
  }
  await refreshSearchIndex(tx);
}

export type { SeedOpeningHours };
