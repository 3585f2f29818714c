import bcrypt from "bcryptjs";

// bcryptjs (pure JS) rather than a native argon2 binding: nothing to compile on a fresh machine.
const COST = 11;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  // Compare against a fixed hash when the user has none, so timing does not reveal which e-mails exist.
  return bcrypt.compare(password, hash ?? DUMMY_HASH);
}

const DUMMY_HASH = "$2b$11$C6UzMDM.H6dfI/f/IKcEeOq3G8sTx3cK7p4m3m6o1fW8m0nYpVZ1a";
