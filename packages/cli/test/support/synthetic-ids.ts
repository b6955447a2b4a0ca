import { computeCheckCharacter } from "@zhucan/domain";

// SYNTHETIC identity numbers for tests only: generated, valid in form, belonging to no one.

/** An 18-character resident ID with a correct check character. */
export function syntheticResidentId(region: string, birth: string, sequence: number): string {
  const first17 = `${region}${birth.replaceAll("-", "")}${String(sequence).padStart(3, "0")}`;
  return first17 + computeCheckCharacter(first17);
}

/** A 20-character disability certificate number: the holder's ID, category and level. */
export function syntheticCertificate(residentId: string, category = 4, level = 2): string {
  return `${residentId}${category}${level}`;
}
