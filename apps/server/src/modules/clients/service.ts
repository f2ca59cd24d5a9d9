import * as repo from './repo.ts';

export { decide, loadClient, type Accessor } from './gate.ts';

export const saveClient = repo.upsertClient;
export const saveGuardianship = repo.insertGuardianship;
export const saveUnit = repo.upsertUnit;
export const saveMembership = repo.setMembership;
export const saveRelation = repo.insertRelation;
export const saveEntry = repo.insertEntry;
export const findClientOfUser = repo.findClientByUser;
export const unitOfUser = repo.unitOf;
export const findClientByIdentityCode = repo.findClientByIdentityCode;
